import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { setLabel } from '../../shared/doc/writeRecords.ts';
import type { Result } from '../../shared/schema/result.ts';
import { ok } from '../../shared/schema/result.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';
import { findRecord } from './findRecord.ts';

/** Sets (or clears, with null) the label of a segment. */
export function setSegmentLabel(
  context: CommandContext,
  segmentId: string,
  labelId: string | null,
): Result<true> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  const record = findRecord(context.doc, segmentId, 'segment');
  if (!record.ok) return record;
  if (record.value.get('labelId') !== labelId) {
    setLabel(context.doc, segmentId, labelId, context.author(), LOCAL_ORIGIN);
  }
  return ok(true);
}
