import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { updateSegment } from '../../shared/doc/writeRecords.ts';
import type { Result } from '../../shared/schema/result.ts';
import { ok } from '../../shared/schema/result.ts';
import { checkTimeRange } from './checkTimeRange.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';
import { findRecord } from './findRecord.ts';
import { readSegmentRange } from './readSegmentRange.ts';

/** Moves a segment so that it starts at startMs, keeping its duration. */
export function moveSegment(
  context: CommandContext,
  segmentId: string,
  startMs: number,
): Result<true> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  const record = findRecord(context.doc, segmentId, 'segment');
  if (!record.ok) return record;
  const current = readSegmentRange(record.value);
  const durationMs = current.endMs - current.startMs;
  const range = checkTimeRange(startMs, Math.round(startMs) + durationMs);
  if (!range.ok) return range;
  updateSegment(context.doc, segmentId, range.value, context.author(), LOCAL_ORIGIN);
  return ok(true);
}
