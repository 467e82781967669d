import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { deleteRecord } from '../../shared/doc/writeRecords.ts';
import type { Result } from '../../shared/schema/result.ts';
import { ok } from '../../shared/schema/result.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';
import { findRecord } from './findRecord.ts';

/** Deletes a track with all its keyframes. */
export function deleteTrack(context: CommandContext, trackId: string): Result<true> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  const record = findRecord(context.doc, trackId, 'track');
  if (!record.ok) return record;
  deleteRecord(context.doc, trackId, LOCAL_ORIGIN);
  return ok(true);
}
