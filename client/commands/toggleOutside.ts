import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { setKeyframe } from '../../shared/doc/writeRecords.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { interpolateBox } from '../../shared/time/interpolateBox.ts';
import { checkFrameIndex } from './checkFrameIndex.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';
import { findRecord } from './findRecord.ts';
import { readTrackKeyframes } from './readTrackKeyframes.ts';

/**
 * Flips whether a track's object is out of view from a frame on, by setting a keyframe there with the
 * box it has at that frame; the result is the new outside state.
 */
export function toggleOutside(
  context: CommandContext,
  trackId: string,
  frame: number,
): Result<boolean> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  const validFrame = checkFrameIndex(frame);
  if (!validFrame.ok) return validFrame;
  const record = findRecord(context.doc, trackId, 'track');
  if (!record.ok) return record;
  const current = interpolateBox(readTrackKeyframes(record.value), frame);
  if (!current) return fail(`track ${trackId} has no keyframe to take its box from`);
  const outside = !current.outside;
  const keyframe = { box: current.box, outside };
  if (!setKeyframe(context.doc, trackId, frame, keyframe, context.author(), LOCAL_ORIGIN)) {
    return fail(`track ${trackId} has no keyframe list to change`);
  }
  return ok(outside);
}
