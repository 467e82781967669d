import type { Logger } from 'pino';
import type { DocumentStore, UpdateOrigin } from '../../storage/DocumentStore.ts';

export interface ServerWriteLogConfiguration {
  documentStore: Pick<DocumentStore, 'appendUpdate'>;
  logger: Pick<Logger, 'error' | 'info'>;
  /** First wait before appending a failed write again; doubles up to `maxRetryDelayMs`. @default 1 s */
  firstRetryDelayMs: number;
  /** @default 60 s */
  maxRetryDelayMs: number;
}

interface UnsavedWrite {
  documentName: string;
  update: Uint8Array;
  origin: UpdateOrigin;
}

/**
 * Appends the server's own writes to an open document. Unlike a client's update, such a write is
 * already applied when it is appended, so one that fails cannot be refused: it is kept, retried
 * with backoff, and its document stays in memory (see `hasUnsaved`) until it is on disk.
 */
export class ServerWriteLog {
  readonly configuration: ServerWriteLogConfiguration;
  private readonly unsaved: UnsavedWrite[] = [];
  private readonly savedListeners = new Set<(documentName: string) => void>();
  private retryDelayMs: number;
  private retryTimer: NodeJS.Timeout | null = null;
  private retrying: Promise<void> | null = null;

  constructor(
    configuration: Partial<ServerWriteLogConfiguration> &
      Pick<ServerWriteLogConfiguration, 'documentStore' | 'logger'>,
  ) {
    this.configuration = { firstRetryDelayMs: 1_000, maxRetryDelayMs: 60_000, ...configuration };
    this.retryDelayMs = this.configuration.firstRetryDelayMs;
  }

  /** Appends the write; when that fails it is kept for a retry and the error is thrown. */
  async appendUpdate(
    documentName: string,
    update: Uint8Array,
    origin: UpdateOrigin,
  ): Promise<number> {
    try {
      return await this.configuration.documentStore.appendUpdate(documentName, update, origin);
    } catch (error) {
      this.unsaved.push({ documentName, update, origin });
      this.configuration.logger.error(
        { alert: 'storage-write-failed', documentName, err: error },
        'ALERT: a server write could not be saved; it stays in memory and is retried',
      );
      this.scheduleRetry();
      throw new Error(
        `the change to ${documentName} is applied but not saved yet (storage is failing); it is retried until it is`,
        { cause: error },
      );
    }
  }

  /** True while a write to the document is applied but not on disk. */
  hasUnsaved(documentName: string): boolean {
    return this.unsaved.some((write) => write.documentName === documentName);
  }

  /** Called with a document's name once its last unsaved write is on disk. */
  onSaved(listener: (documentName: string) => void): void {
    this.savedListeners.add(listener);
  }

  /** Tries every unsaved write now, once; used on a graceful stop. */
  async flush(): Promise<void> {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    await this.retry();
  }

  /** Unsaved writes left, for the shutdown report. */
  get unsavedCount(): number {
    return this.unsaved.length;
  }

  close(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== null || this.unsaved.length === 0) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.retry();
    }, this.retryDelayMs);
    this.retryTimer.unref();
    this.retryDelayMs = Math.min(this.retryDelayMs * 2, this.configuration.maxRetryDelayMs);
  }

  private retry(): Promise<void> {
    this.retrying ??= this.appendUnsaved().finally(() => {
      this.retrying = null;
    });
    return this.retrying;
  }

  private async appendUnsaved(): Promise<void> {
    const { documentStore, logger } = this.configuration;
    while (this.unsaved.length > 0) {
      const write = this.unsaved[0] as UnsavedWrite;
      try {
        await documentStore.appendUpdate(write.documentName, write.update, write.origin);
      } catch (error) {
        logger.error(
          { alert: 'storage-write-failed', documentName: write.documentName, err: error },
          'ALERT: a server write is still not saved; retrying later',
        );
        this.scheduleRetry();
        return;
      }
      this.unsaved.shift();
      logger.info({ documentName: write.documentName }, 'a server write kept in memory is saved');
      if (!this.hasUnsaved(write.documentName)) {
        for (const listener of this.savedListeners) listener(write.documentName);
      }
    }
    this.retryDelayMs = this.configuration.firstRetryDelayMs;
  }
}
