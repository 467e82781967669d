/** A half-open range [startMs, endMs) of media time in integer milliseconds. */
export interface TimeRange {
  startMs: number;
  endMs: number;
}
