import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';

export interface BenchProviderOptions {
  socket: HocuspocusProviderWebsocket;
  documentName: string;
  token: string;
  /** Without presence, only document updates cross the socket. @default true */
  awareness?: boolean;
}

/** A provider on a fresh document, attached to `socket`. */
export function openBenchProvider(options: BenchProviderOptions): HocuspocusProvider {
  const provider = new HocuspocusProvider({
    name: options.documentName,
    token: options.token,
    document: new Y.Doc(),
    websocketProvider: options.socket,
    ...(options.awareness === false ? { awareness: null } : {}),
  });
  provider.attach();
  return provider;
}
