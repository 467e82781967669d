import type { Logger } from 'pino';
import type { CheckpointOutcome } from './DocumentStore.ts';

/** How a failed checkpoint build is retried: the wait doubles from the first delay up to the cap. */
export interface CheckpointRetryPolicy {
  /** @default 1 s */
  firstDelayMs: number;
  /** @default 5 min */
  maxDelayMs: number;
}

export const defaultCheckpointRetryPolicy: CheckpointRetryPolicy = {
  firstDelayMs: 1_000,
  maxDelayMs: 5 * 60_000,
};

/**
 * Runs checkpoint builds off the hot path: a build asked for while an update is being
 * acknowledged starts on a later turn of the event loop, once per document however often it
 * is asked for, and never two at once for one document. A build that fails (a full disk) is
 * retried with backoff; the log keeps every update meanwhile, so loading just replays more.
 */
export class CheckpointScheduler {
  private readonly build: (documentName: string) => Promise<CheckpointOutcome>;
  private readonly logger: Pick<Logger, 'error'>;
  private readonly retryPolicy: CheckpointRetryPolicy;
  private readonly due = new Map<string, NodeJS.Immediate>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly retries = new Map<string, NodeJS.Timeout>();
  private readonly failures = new Map<string, number>();
  private closed = false;

  constructor(
    build: (documentName: string) => Promise<CheckpointOutcome>,
    logger: Pick<Logger, 'error'>,
    retryPolicy: Partial<CheckpointRetryPolicy> = {},
  ) {
    this.build = build;
    this.logger = logger;
    this.retryPolicy = { ...defaultCheckpointRetryPolicy, ...retryPolicy };
  }

  schedule(documentName: string): void {
    if (this.closed || this.due.has(documentName) || this.retries.has(documentName)) return;
    const handle = setImmediate(() => {
      this.due.delete(documentName);
      void this.run(documentName);
    });
    this.due.set(documentName, handle);
  }

  /** Runs every scheduled build and every pending retry now, and waits for all builds to finish. */
  async flush(): Promise<void> {
    for (const [documentName, handle] of this.due) {
      clearImmediate(handle);
      this.due.delete(documentName);
      void this.run(documentName);
    }
    for (const [documentName, timer] of this.retries) {
      clearTimeout(timer);
      this.retries.delete(documentName);
      void this.run(documentName);
    }
    await Promise.all(this.running.values());
  }

  /** Documents whose last build failed, with how many times in a row. */
  failingDocuments(): ReadonlyMap<string, number> {
    return this.failures;
  }

  close(): void {
    this.closed = true;
    for (const handle of this.due.values()) clearImmediate(handle);
    this.due.clear();
    for (const timer of this.retries.values()) clearTimeout(timer);
    this.retries.clear();
  }

  private run(documentName: string): Promise<void> {
    const previous = this.running.get(documentName) ?? Promise.resolve();
    const next = previous
      .then(() => this.build(documentName))
      .then(
        () => {
          this.failures.delete(documentName);
        },
        (error: unknown) => this.retryLater(documentName, error),
      )
      .finally(() => {
        if (this.running.get(documentName) === next) this.running.delete(documentName);
      });
    this.running.set(documentName, next);
    return next;
  }

  private retryLater(documentName: string, error: unknown): void {
    const failures = (this.failures.get(documentName) ?? 0) + 1;
    this.failures.set(documentName, failures);
    const { firstDelayMs, maxDelayMs } = this.retryPolicy;
    const delayMs = Math.min(firstDelayMs * 2 ** (failures - 1), maxDelayMs);
    this.logger.error(
      { alert: 'checkpoint-failed', documentName, failures, retryInMs: delayMs, err: error },
      'building a checkpoint failed; retrying later (the update log still has every update)',
    );
    if (this.closed || this.retries.has(documentName)) return;
    const timer = setTimeout(() => {
      this.retries.delete(documentName);
      void this.run(documentName);
    }, delayMs);
    timer.unref();
    this.retries.set(documentName, timer);
  }
}
