import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { deleteRecord, setKeyframe } from '../../shared/doc/writeRecords.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';
import { findRecord } from './findRecord.ts';
import { readTrackKeyframes } from './readTrackKeyframes.ts';

/**
 * Merges `otherId` into `keptId` (one object the tracker lost and found again): the other track's
 * keyframes move over and it is deleted, in one undo step. Refused when both have a keyframe at
 * the same frame, since one of them would be lost; the result is how many keyframes moved.
 */
export function mergeTracks(
  context: CommandContext,
  keptId: string,
  otherId: string,
): Result<number> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  if (keptId === otherId) return fail('pick two different tracks to merge');
  const kept = findRecord(context.doc, keptId, 'track');
  if (!kept.ok) return kept;
  const other = findRecord(context.doc, otherId, 'track');
  if (!other.ok) return other;
  const keptFrames = new Set(readTrackKeyframes(kept.value).map((keyframe) => keyframe.frame));
  const moving = readTrackKeyframes(other.value);
  const clash = moving.find((keyframe) => keptFrames.has(keyframe.frame));
  if (clash) {
    return fail(`both tracks have a keyframe at frame ${clash.frame}: move or delete one first`);
  }
  const author = context.author();
  context.doc.transact(() => {
    for (const { frame, box, outside } of moving) {
      setKeyframe(context.doc, keptId, frame, { box, outside }, author, LOCAL_ORIGIN);
    }
    deleteRecord(context.doc, otherId, LOCAL_ORIGIN);
  }, LOCAL_ORIGIN);
  return ok(moving.length);
}
