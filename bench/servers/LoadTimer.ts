import { performance } from 'node:perf_hooks';
import type { Extension } from '@hocuspocus/server';

/** What the server process reports about one document load, as a JSON line on stdout. */
export interface LoadReport {
  documentName: string;
  /** From Hocuspocus creating the document to the end of every extension's afterLoadDocument. */
  loadMs: number;
}

/** Times the server side of loading each document and prints a LoadReport line when it is done. */
export class LoadTimer {
  private readonly startedAtMs = new Map<string, number>();

  /**
   * Adds the timer to a running server's extensions: its start first, so it precedes every load
   * hook, and its end last, so the migration stamp in Concord's afterLoadDocument is inside it.
   */
  register(extensions: Extension[]): void {
    extensions.unshift({
      extensionName: 'bench-load-timer-start',
      onLoadDocument: async ({ documentName }) => {
        this.startedAtMs.set(documentName, performance.now());
      },
    });
    extensions.push({
      extensionName: 'bench-load-timer-end',
      afterLoadDocument: async ({ documentName }) => this.report(documentName),
    });
  }

  private report(documentName: string): void {
    const startedAtMs = this.startedAtMs.get(documentName);
    if (startedAtMs === undefined) return;
    this.startedAtMs.delete(documentName);
    const report: LoadReport = { documentName, loadMs: performance.now() - startedAtMs };
    console.log(JSON.stringify(report));
  }
}
