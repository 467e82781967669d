import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { updateSegment } from '../../shared/doc/writeRecords.ts';
import type { Result } from '../../shared/schema/result.ts';
import { ok } from '../../shared/schema/result.ts';
import { checkTimeRange } from './checkTimeRange.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';
import { findRecord } from './findRecord.ts';
import { readSegmentRange } from './readSegmentRange.ts';

/** The new position of one or both ends of a segment. */
export interface SegmentEnds {
  startMs?: number;
  endMs?: number;
}

/** Moves one or both ends of a segment; an end left out stays where it is. */
export function trimSegment(
  context: CommandContext,
  segmentId: string,
  ends: SegmentEnds,
): Result<true> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  const record = findRecord(context.doc, segmentId, 'segment');
  if (!record.ok) return record;
  const current = readSegmentRange(record.value);
  const range = checkTimeRange(ends.startMs ?? current.startMs, ends.endMs ?? current.endMs);
  if (!range.ok) return range;
  updateSegment(context.doc, segmentId, range.value, context.author(), LOCAL_ORIGIN);
  return ok(true);
}
