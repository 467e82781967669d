/** Options of a LoginThrottle. */
export interface LoginThrottleOptions {
  /**
   * Failed attempts allowed per key inside the window.
   * @default 10
   */
  maxFailures?: number;
  /**
   * How far back failures count, in ms.
   * @default 900_000 (15 minutes)
   */
  windowMs?: number;
}

/** Slows password guessing: after too many failed logins for one username from one address, refuses for a while. */
export class LoginThrottle {
  private readonly maxFailures: number;
  private readonly windowMs: number;
  private readonly failuresByKey = new Map<string, number[]>();

  constructor(options: LoginThrottleOptions = {}) {
    this.maxFailures = options.maxFailures ?? 10;
    this.windowMs = options.windowMs ?? 15 * 60 * 1000;
  }

  /** How long the key must wait before trying again, in ms; 0 when it may try now. */
  retryAfterMs(key: string, nowMs = Date.now()): number {
    const recent = this.recentFailures(key, nowMs);
    if (recent.length < this.maxFailures) return 0;
    const oldest = recent[recent.length - this.maxFailures] ?? nowMs;
    return Math.max(0, oldest + this.windowMs - nowMs);
  }

  recordFailure(key: string, nowMs = Date.now()): void {
    const recent = this.recentFailures(key, nowMs);
    recent.push(nowMs);
    this.failuresByKey.set(key, recent.slice(-this.maxFailures));
  }

  clear(key: string): void {
    this.failuresByKey.delete(key);
  }

  private recentFailures(key: string, nowMs: number): number[] {
    const recent = (this.failuresByKey.get(key) ?? []).filter(
      (failedAtMs) => failedAtMs > nowMs - this.windowMs,
    );
    if (recent.length === 0) this.failuresByKey.delete(key);
    return recent;
  }
}
