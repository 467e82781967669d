import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { CollabSocket } from '../../../client/collab/CollabSocket.ts';
import { createCollabSocket } from '../../../client/collab/createCollabSocket.ts';

/** A document opened the way the browser opens it: on the client's rotating collaboration socket. */
export interface RotatingClient {
  socket: CollabSocket;
  provider: HocuspocusProvider;
}

/** Clients given a list of servers, all destroyed together when a test ends. */
export class RotatingClients {
  private readonly clients: RotatingClient[] = [];

  open(urls: readonly string[], documentName: string, token: string): RotatingClient {
    const socket = createCollabSocket(urls);
    const provider = new HocuspocusProvider({
      name: documentName,
      token,
      document: new Y.Doc(),
      websocketProvider: socket,
    });
    provider.attach();
    const client = { socket, provider };
    this.clients.push(client);
    return client;
  }

  destroyAll(): void {
    for (const { socket, provider } of this.clients.splice(0)) {
      provider.destroy();
      socket.destroy();
    }
  }
}
