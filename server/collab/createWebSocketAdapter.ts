import type { Hocuspocus, WebSocketLike } from '@hocuspocus/server';
import type { Peer } from 'crossws';
import type { NodeAdapter } from 'crossws/adapters/node';
import crossws from 'crossws/adapters/node';
import type { Logger } from 'pino';

type ClientConnection = ReturnType<Hocuspocus['handleConnection']>;

/** Close code reported to Hocuspocus when a socket ends without one (a going-away peer). */
const GOING_AWAY = 1001;

/**
 * Hands websockets upgraded on our own HTTP server to Hocuspocus, the way Hocuspocus's own
 * Server does, with `maxPayloadBytes` as the limit on one frame.
 */
export function createWebSocketAdapter(
  hocuspocus: Hocuspocus,
  options: {
    maxPayloadBytes: number;
    logger: Pick<Logger, 'warn'>;
    /** Told of every socket as it opens and closes; `request` identifies it in Hocuspocus hooks. */
    onSocketOpen?: (websocket: WebSocketLike, request: Request) => void;
    onSocketClose?: (request: Request) => void;
  },
): NodeAdapter {
  const connections = new WeakMap<Peer, ClientConnection>();
  return crossws({
    serverOptions: { maxPayload: options.maxPayloadBytes },
    hooks: {
      open(peer) {
        const websocket = peer.websocket as unknown as WebSocketLike;
        connections.set(peer, hocuspocus.handleConnection(websocket, peer.request as Request));
        options.onSocketOpen?.(websocket, peer.request as Request);
      },
      message(peer, message) {
        connections.get(peer)?.handleMessage(message.uint8Array());
      },
      close(peer, event) {
        connections
          .get(peer)
          ?.handleClose({ code: event.code ?? GOING_AWAY, reason: event.reason ?? '' });
        connections.delete(peer);
        options.onSocketClose?.(peer.request as Request);
      },
      error(peer, error) {
        options.logger.warn({ peer: peer.id, err: error }, 'websocket error');
      },
    },
  });
}
