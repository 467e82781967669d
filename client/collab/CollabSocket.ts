import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { ServerRotation } from './ServerRotation.ts';

/** WebSocket.OPEN, the same in every WebSocket implementation. */
const SOCKET_OPEN = 1;

/**
 * One websocket for every document's provider that moves to the next server of its rotation each
 * time a connection drops or an attempt fails, with the provider's backoff between attempts.
 */
export class CollabSocket extends HocuspocusProviderWebsocket {
  readonly rotation: ServerRotation;

  constructor(rotation: ServerRotation) {
    super({
      url: rotation.current,
      // Reconnect quickly after a server restart, then back off to at most 10 s.
      delay: 500,
      minDelay: 500,
      maxDelay: 10_000,
    });
    this.rotation = rotation;
    // Runs before the next attempt: the provider waits at least `delay` after a close.
    this.on('close', () => this.setConfiguration({ url: this.rotation.advance() }));
  }

  /**
   * Sends only on an open connection. A message queued while disconnected would be sent on the
   * next connection after each provider's handshake has already resent its token, state and
   * presence; an update acknowledged there counts against the handshake's fresh unsynced count, so
   * the document would read as saved while later edits are still in flight (hocuspocus#825).
   */
  override send(message: unknown): void {
    if (this.webSocket?.readyState !== SOCKET_OPEN) return;
    super.send(message);
  }
}
