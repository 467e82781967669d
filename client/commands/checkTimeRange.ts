import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';

/** A segment's time range in whole milliseconds from 0, rounded from pointer maths, or why not. */
export function checkTimeRange(
  startMs: number,
  endMs: number,
): Result<{ startMs: number; endMs: number }> {
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs)) {
    return fail(`segment ${startMs}–${endMs} ms has an end that is not a finite number`);
  }
  const start = Math.round(startMs);
  const end = Math.round(endMs);
  if (start < 0) return fail(`segment starts at ${start} ms, before the start of the media`);
  if (end <= start) {
    return fail(`segment ${start}–${end} ms is empty: it must end after it starts`);
  }
  return ok({ startMs: start, endMs: end });
}
