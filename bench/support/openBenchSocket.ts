import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';

/** A provider socket to a bench server; several providers may share it, as tabs do. */
export function openBenchSocket(url: string): HocuspocusProviderWebsocket {
  return new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
}
