/** A multiset of frames that answers its smallest and largest member; removal is O(1) amortised. */
export class FrameCounter {
  private readonly counts = new Map<number, number>();
  private low: number | null = null;
  private high: number | null = null;
  private stale = false;

  add(frame: number): void {
    this.counts.set(frame, (this.counts.get(frame) ?? 0) + 1);
    if (this.stale) return;
    this.low = this.low === null ? frame : Math.min(this.low, frame);
    this.high = this.high === null ? frame : Math.max(this.high, frame);
  }

  remove(frame: number): void {
    const count = this.counts.get(frame) ?? 0;
    if (count <= 1) {
      this.counts.delete(frame);
      if (frame === this.low || frame === this.high) this.stale = true;
    } else this.counts.set(frame, count - 1);
  }

  /** The smallest and largest frame counted; null when empty. */
  bounds(): { low: number; high: number } | null {
    if (this.stale) {
      [this.low, this.high] = [null, null];
      for (const frame of this.counts.keys()) {
        this.low = this.low === null ? frame : Math.min(this.low, frame);
        this.high = this.high === null ? frame : Math.max(this.high, frame);
      }
      this.stale = false;
    }
    return this.low === null || this.high === null ? null : { low: this.low, high: this.high };
  }
}
