import pino from 'pino';
import type { Logger } from 'pino';

/** A real pino logger whose lines a test can read back. */
export class LogCapture {
  readonly lines: Array<Record<string, unknown>> = [];
  readonly logger: Logger;

  constructor(level = 'warn') {
    this.logger = pino(
      { level },
      { write: (line: string) => this.lines.push(JSON.parse(line) as Record<string, unknown>) },
    );
  }

  /** Lines that raise an alert of this kind. */
  alerts(kind: string): Array<Record<string, unknown>> {
    return this.lines.filter((line) => line.alert === kind);
  }
}
