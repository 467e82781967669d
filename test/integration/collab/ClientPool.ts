import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** Real Hocuspocus clients over real sockets, all destroyed together when a test ends. */
export class ClientPool {
  private readonly url: string;
  private readonly sockets: HocuspocusProviderWebsocket[] = [];
  private readonly providers: HocuspocusProvider[] = [];

  constructor(url: string) {
    this.url = url;
  }

  /** A socket several providers can share, as the browser client does. */
  socket(url = this.url): HocuspocusProviderWebsocket {
    const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
    this.sockets.push(socket);
    return socket;
  }

  /** Opens a document; on its own socket unless one is given. */
  open(
    name: string,
    token: string,
    options: { doc?: Y.Doc; socket?: HocuspocusProviderWebsocket; url?: string } = {},
  ): HocuspocusProvider {
    const provider = new HocuspocusProvider({
      name,
      token,
      document: options.doc ?? new Y.Doc(),
      websocketProvider: options.socket ?? this.socket(options.url),
    });
    provider.attach();
    this.providers.push(provider);
    return provider;
  }

  destroyAll(): void {
    for (const provider of this.providers.splice(0)) provider.destroy();
    for (const socket of this.sockets.splice(0)) {
      // ws reports closing a socket that is still connecting as an error, after the provider
      // has dropped its listeners; a test ending while its server is down would crash on it.
      (socket.webSocket as unknown as WebSocket | null)?.on('error', () => {});
      socket.destroy();
    }
  }
}
