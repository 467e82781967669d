import type {
  afterHandleMessagePayload,
  beforeHandleMessagePayload,
  Connection,
  Extension,
  Hocuspocus,
  onConfigurePayload,
} from '@hocuspocus/server';
import type { Logger } from 'pino';
import { memoizeAccessReads } from '../../auth/memoizeAccessReads.ts';
import type { AccessReads } from '../../auth/resolveAccess.ts';
import { applyAccessChange } from './applyAccessChange.ts';
import { isConnectionContext } from './ConnectionContext.ts';

export interface PermissionSweepConfiguration {
  metaStore: AccessReads;
  /**
   * How often every open connection is checked again, in ms. Changes made through this
   * process's HTTP API are applied at once (`recheck`); this bounds how late the others are.
   * @default 1000
   */
  intervalMs: number;
  logger: Pick<Logger, 'warn'> | null;
}

/**
 * Keeps open connections within what their users may do now: role changes, new and revealed
 * assignments and expired tokens are applied to every open connection on every sweep.
 * A connection that may now only read becomes read-only, one that may do nothing or whose token
 * expired is closed, and one that may now write is closed so that it reopens with write access.
 */
export class PermissionSweepExtension implements Extension {
  readonly priority = 890;
  readonly extensionName = 'concord-permission-sweep';
  readonly configuration: PermissionSweepConfiguration;
  private instance: Hocuspocus | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  /** Connections in the middle of handling a message: made read-only when it is done. */
  private readonly handling = new WeakSet<Connection>();
  private running: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;

  constructor(configuration: Partial<PermissionSweepConfiguration> & { metaStore: AccessReads }) {
    this.configuration = { intervalMs: 1000, logger: null, ...configuration };
  }

  async onConfigure({ instance }: onConfigurePayload): Promise<void> {
    this.instance = instance;
    if (this.timer !== null) return;
    this.timer = setInterval(() => {
      this.recheck().catch((error: unknown) =>
        this.configuration.logger?.warn({ err: error }, 'the permission sweep failed'),
      );
    }, this.configuration.intervalMs);
    this.timer.unref();
  }

  async onDestroy(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.instance = null;
    await this.running;
  }

  /** Checks every open connection again; resolves once a sweep that began after this call is done. */
  recheck(): Promise<void> {
    if (this.queued) return this.queued;
    const queued = this.running.then(() => {
      this.queued = null;
      return this.sweep();
    });
    this.queued = queued;
    this.running = queued.catch(() => undefined);
    return queued;
  }

  async beforeHandleMessage({ connection }: beforeHandleMessagePayload): Promise<void> {
    this.handling.add(connection);
    this.settleReadOnly(connection);
  }

  async afterHandleMessage({ connection }: afterHandleMessagePayload): Promise<void> {
    this.handling.delete(connection);
    this.settleReadOnly(connection);
  }

  /**
   * Persistence logs an update when the connection may write and Hocuspocus applies it only if it
   * still may; flipping `readOnly` between the two would log an update nobody sees. So a
   * downgrade takes effect between messages.
   */
  private settleReadOnly(connection: Connection): void {
    const context: unknown = connection.context;
    if (isConnectionContext(context) && context.grant.access === 'read') connection.readOnly = true;
  }

  private async sweep(): Promise<void> {
    const instance = this.instance;
    if (!instance) return;
    const reads = memoizeAccessReads(this.configuration.metaStore);
    const nowMs = Date.now();
    const connections = [...instance.documents.values()].flatMap((document) =>
      document.getConnections(),
    );
    await Promise.all(
      connections.map(async (connection) => {
        try {
          await applyAccessChange(connection, { reads, nowMs, handling: this.handling });
        } catch (error) {
          // Keep the connection as it is: a store that cannot answer is no reason to cut anyone off.
          this.configuration.logger?.warn(
            { err: error, documentName: connection.document.name },
            'could not re-check access of an open connection',
          );
        }
      }),
    );
  }
}
