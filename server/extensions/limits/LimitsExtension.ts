import type {
  beforeHandleAwarenessPayload,
  beforeHandleMessagePayload,
  Extension,
} from '@hocuspocus/server';
import type { Logger } from 'pino';
import { CLOSE_CODES, ConnectionRefusal } from '../ConnectionRefusal.ts';

export interface LimitsConfiguration {
  /**
   * Largest websocket frame accepted. One socket carries many documents, so this sits well above
   * any legitimate message; the per-document limit below is the one that applies.
   * @default 64 MiB
   */
  maxSocketPayloadBytes: number;
  /**
   * Largest message for one document. A larger one closes only that document's connection.
   * Imports and large pastes go over HTTP, not the socket.
   * @default 16 MiB
   */
  maxDocumentMessageBytes: number;
  /**
   * Largest awareness (presence) state of one client, as JSON. Larger states are dropped.
   * @default 16 KiB
   */
  maxAwarenessStateBytes: number;
  /**
   * How long a socket may stay open without authenticating a document (AuthenticationDeadline).
   * @default 10 s
   */
  authenticationTimeoutMs: number;
  /**
   * Most documents one user may have open at once, over all sockets (DocumentQuotaExtension).
   * @default 256
   */
  maxDocumentsPerUser: number;
  logger: Pick<Logger, 'warn'> | null;
}

const MIB = 1024 * 1024;

export const defaultLimits: LimitsConfiguration = {
  maxSocketPayloadBytes: 64 * MIB,
  maxDocumentMessageBytes: 16 * MIB,
  maxAwarenessStateBytes: 16 * 1024,
  authenticationTimeoutMs: 10_000,
  maxDocumentsPerUser: 256,
  logger: null,
};

function megabytes(bytes: number): string {
  return `${(bytes / MIB).toFixed(1)} MB`;
}

/** Size limits on what a client may send; runs before every other extension. */
export class LimitsExtension implements Extension {
  readonly priority = 1000;
  readonly extensionName = 'concord-limits';
  readonly configuration: LimitsConfiguration;

  constructor(configuration: Partial<LimitsConfiguration> = {}) {
    this.configuration = { ...defaultLimits, ...configuration };
    if (this.configuration.maxSocketPayloadBytes <= this.configuration.maxDocumentMessageBytes) {
      throw new RangeError(
        'limits: maxSocketPayloadBytes must be larger than maxDocumentMessageBytes, or one document could close the whole socket',
      );
    }
  }

  async beforeHandleMessage({ update, documentName }: beforeHandleMessagePayload): Promise<void> {
    const limit = this.configuration.maxDocumentMessageBytes;
    if (update.byteLength <= limit) return;
    throw new ConnectionRefusal(
      CLOSE_CODES.messageTooLarge,
      `a message of ${megabytes(update.byteLength)} for ${documentName} exceeds the ${megabytes(limit)} limit; import large content over HTTP`,
    );
  }

  async beforeHandleAwareness({
    states,
    documentName,
  }: beforeHandleAwarenessPayload): Promise<void> {
    const limit = this.configuration.maxAwarenessStateBytes;
    for (const [clientId, state] of states) {
      const bytes = Buffer.byteLength(JSON.stringify(state));
      if (bytes <= limit) continue;
      states.delete(clientId);
      this.configuration.logger?.warn(
        { documentName, clientId, bytes, limit },
        'dropped an awareness state larger than the limit',
      );
    }
  }
}
