import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { setKeyframe } from '../../shared/doc/writeRecords.ts';
import type { Box } from '../../shared/schema/box.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { interpolateBox } from '../../shared/time/interpolateBox.ts';
import { checkBox } from './checkBox.ts';
import { checkFrameIndex } from './checkFrameIndex.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';
import { findRecord } from './findRecord.ts';
import { readTrackKeyframes } from './readTrackKeyframes.ts';

/** Places a track's box at a frame by setting a keyframe there; its outside state at that frame is kept. */
export function setBoxAtFrame(
  context: CommandContext,
  trackId: string,
  frame: number,
  box: Box,
): Result<true> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  const validFrame = checkFrameIndex(frame);
  if (!validFrame.ok) return validFrame;
  const validBox = checkBox(box);
  if (!validBox.ok) return validBox;
  const record = findRecord(context.doc, trackId, 'track');
  if (!record.ok) return record;
  const current = interpolateBox(readTrackKeyframes(record.value), frame);
  const keyframe = { box: validBox.value, outside: current?.outside ?? false };
  if (!setKeyframe(context.doc, trackId, frame, keyframe, context.author(), LOCAL_ORIGIN)) {
    return fail(`track ${trackId} has no keyframe list to change`);
  }
  return ok(true);
}
