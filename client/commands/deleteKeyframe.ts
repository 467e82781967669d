import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { deleteKeyframe as removeKeyframe } from '../../shared/doc/writeRecords.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';
import { findRecord } from './findRecord.ts';
import { readTrackKeyframes } from './readTrackKeyframes.ts';

/** Removes a track's keyframe at a frame; a track's last keyframe stays (delete the track instead). */
export function deleteKeyframe(
  context: CommandContext,
  trackId: string,
  frame: number,
): Result<true> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  const record = findRecord(context.doc, trackId, 'track');
  if (!record.ok) return record;
  const keyframes = readTrackKeyframes(record.value);
  if (!keyframes.some((keyframe) => keyframe.frame === frame)) {
    return fail(`track ${trackId} has no keyframe at frame ${frame}`);
  }
  if (keyframes.length <= 1) {
    return fail(
      `frame ${frame} holds the only keyframe of track ${trackId}: delete the track instead`,
    );
  }
  if (!removeKeyframe(context.doc, trackId, frame, context.author(), LOCAL_ORIGIN)) {
    return fail(`the keyframe at frame ${frame} of track ${trackId} could not be removed`);
  }
  return ok(true);
}
