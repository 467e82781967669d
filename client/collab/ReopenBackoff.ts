/** How long to wait before reopening a document the server closed. */
export interface ReopenBackoffOptions {
  /** @default 1 s */
  firstDelayMs: number;
  /** @default 30 s */
  maxDelayMs: number;
  /** A number in [0, 1); Math.random unless a test fixes it. */
  random: () => number;
}

export const defaultReopenBackoff: ReopenBackoffOptions = {
  firstDelayMs: 1_000,
  maxDelayMs: 30_000,
  random: Math.random,
};

/**
 * Exponential backoff with jitter: each wait is between half and all of a ceiling that doubles
 * per attempt up to the cap, so clients closed together (a server restart) do not all come back
 * in the same instant. `reset` after a success starts again from the first delay.
 */
export class ReopenBackoff {
  private readonly options: ReopenBackoffOptions;
  private attempts = 0;

  constructor(options: Partial<ReopenBackoffOptions> = {}) {
    this.options = { ...defaultReopenBackoff, ...options };
  }

  nextDelayMs(): number {
    const { firstDelayMs, maxDelayMs, random } = this.options;
    const ceilingMs = Math.min(firstDelayMs * 2 ** this.attempts, maxDelayMs);
    this.attempts += 1;
    return Math.round(ceilingMs / 2 + (random() * ceilingMs) / 2);
  }

  reset(): void {
    this.attempts = 0;
  }
}
