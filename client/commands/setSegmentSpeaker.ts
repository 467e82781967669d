import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { updateSegment } from '../../shared/doc/writeRecords.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';
import { findRecord } from './findRecord.ts';

const MAX_SPEAKER_LENGTH = 200;

/** Sets (or clears, with null or blank text) who speaks in a segment. */
export function setSegmentSpeaker(
  context: CommandContext,
  segmentId: string,
  speaker: string | null,
): Result<true> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  const name = speaker?.trim() || null;
  if (name && name.length > MAX_SPEAKER_LENGTH) {
    return fail(
      `speaker name is ${name.length} characters long; at most ${MAX_SPEAKER_LENGTH} allowed`,
    );
  }
  const record = findRecord(context.doc, segmentId, 'segment');
  if (!record.ok) return record;
  if (record.value.get('speaker') === name) return ok(true);
  updateSegment(context.doc, segmentId, { speaker: name }, context.author(), LOCAL_ORIGIN);
  return ok(true);
}
