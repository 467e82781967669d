import type { Extension, onAuthenticatePayload, WebSocketLike } from '@hocuspocus/server';
import type { Logger } from 'pino';
import { CLOSE_CODES } from '../ConnectionRefusal.ts';

export interface AuthenticationDeadlineConfiguration {
  /**
   * How long a socket may stay open before one of its documents is authenticated.
   * @default 10 s
   */
  timeoutMs: number;
  logger: Pick<Logger, 'info'> | null;
}

export const defaultAuthenticationDeadline: AuthenticationDeadlineConfiguration = {
  timeoutMs: 10_000,
  logger: null,
};

/**
 * Closes sockets that authenticate no document in time, so sockets that never send a token
 * cannot pile up. Hocuspocus's own timeout is also the idle timeout of authenticated sockets,
 * so it has to stay long; this one applies only until the first document is granted.
 */
export class AuthenticationDeadline implements Extension {
  // Lowest priority: reaching this onAuthenticate means every other extension granted the document.
  readonly priority = 1;
  readonly extensionName = 'concord-authentication-deadline';
  readonly configuration: AuthenticationDeadlineConfiguration;
  private readonly waiting = new Map<Request, NodeJS.Timeout>();

  constructor(configuration: Partial<AuthenticationDeadlineConfiguration> = {}) {
    this.configuration = { ...defaultAuthenticationDeadline, ...configuration };
  }

  /** Starts the clock for a socket that has just opened; `request` identifies it in later hooks. */
  watch(socket: Pick<WebSocketLike, 'close'>, request: Request): void {
    const { timeoutMs, logger } = this.configuration;
    const timer = setTimeout(() => {
      this.waiting.delete(request);
      logger?.info({ timeoutMs }, 'closing a socket that authenticated no document in time');
      try {
        socket.close(
          CLOSE_CODES.authenticationTimeout,
          `no document was authenticated within ${Math.round(timeoutMs / 1000)} s; send a token first`,
        );
      } catch {
        // The socket is already gone; there is nothing left to close.
      }
    }, timeoutMs);
    timer.unref();
    this.waiting.set(request, timer);
  }

  /** Stops the clock: the socket authenticated a document or has closed. */
  forget(request: Request): void {
    clearTimeout(this.waiting.get(request));
    this.waiting.delete(request);
  }

  async onAuthenticate({ request }: onAuthenticatePayload): Promise<void> {
    this.forget(request);
  }

  async onDestroy(): Promise<void> {
    for (const request of [...this.waiting.keys()]) this.forget(request);
  }
}
