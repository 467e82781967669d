import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { createSegment as writeSegment } from '../../shared/doc/writeRecords.ts';
import { newRecordId, RECORD_ID_PATTERN } from '../../shared/schema/ids.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { checkTimeRange } from './checkTimeRange.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';

/** A time range to mark on a tier. */
export interface NewSegmentInput {
  tierId: string;
  startMs: number;
  endMs: number;
  labelId?: string | null;
  speaker?: string | null;
  value?: string | null;
  /** A caller-chosen id (the transcript binds a text block to it in the same gesture). */
  id?: string;
}

/** Creates a segment on a tier; the result is the new segment's id. */
export function createSegment(context: CommandContext, input: NewSegmentInput): Result<string> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  if (!RECORD_ID_PATTERN.test(input.tierId)) {
    return fail(`tier id ${JSON.stringify(input.tierId)} is not a valid tier id`);
  }
  const range = checkTimeRange(input.startMs, input.endMs);
  if (!range.ok) return range;
  const id = input.id ?? newRecordId();
  writeSegment(
    context.doc,
    {
      id,
      tierId: input.tierId,
      ...range.value,
      labelId: input.labelId ?? null,
      speaker: input.speaker ?? null,
      value: input.value ?? null,
    },
    context.author(),
    LOCAL_ORIGIN,
  );
  return ok(id);
}
