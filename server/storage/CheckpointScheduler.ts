import type { Logger } from 'pino';
import type { CheckpointOutcome } from './DocumentStore.ts';

/**
 * Runs checkpoint builds off the hot path: a build asked for while an update is being
 * acknowledged starts on a later turn of the event loop, once per document however often it
 * is asked for, and never two at once for one document.
 */
export class CheckpointScheduler {
  private readonly build: (documentName: string) => Promise<CheckpointOutcome>;
  private readonly logger: Pick<Logger, 'error'>;
  private readonly due = new Map<string, NodeJS.Immediate>();
  private readonly running = new Map<string, Promise<void>>();
  private closed = false;

  constructor(
    build: (documentName: string) => Promise<CheckpointOutcome>,
    logger: Pick<Logger, 'error'>,
  ) {
    this.build = build;
    this.logger = logger;
  }

  schedule(documentName: string): void {
    if (this.closed || this.due.has(documentName)) return;
    const handle = setImmediate(() => {
      this.due.delete(documentName);
      void this.run(documentName);
    });
    this.due.set(documentName, handle);
  }

  /** Runs every scheduled build now and waits for all builds to finish. */
  async flush(): Promise<void> {
    for (const [documentName, handle] of this.due) {
      clearImmediate(handle);
      this.due.delete(documentName);
      void this.run(documentName);
    }
    await Promise.all(this.running.values());
  }

  close(): void {
    this.closed = true;
    for (const handle of this.due.values()) clearImmediate(handle);
    this.due.clear();
  }

  private run(documentName: string): Promise<void> {
    const previous = this.running.get(documentName) ?? Promise.resolve();
    const next = previous
      .then(() => this.build(documentName))
      .then(
        () => undefined,
        (error: unknown) => {
          // A failed checkpoint loses nothing (the log has every update); loading just replays more.
          this.logger.error({ documentName, err: error }, 'building a checkpoint failed');
        },
      )
      .finally(() => {
        if (this.running.get(documentName) === next) this.running.delete(documentName);
      });
    this.running.set(documentName, next);
    return next;
  }
}
