import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { setKeyframe } from '../../shared/doc/writeRecords.ts';
import { interpolateBox } from '../../shared/time/interpolateBox.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { checkFrameIndex } from './checkFrameIndex.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';
import { findRecord } from './findRecord.ts';
import { readTrackKeyframes } from './readTrackKeyframes.ts';

/**
 * Copies the track's box as shown at `frame` to each of the next `count` frames as keyframes (up to
 * `lastFrame`), in one undo step; the number of keyframes written is the result.
 */
export function propagateBox(
  context: CommandContext,
  input: { trackId: string; frame: number; count: number; lastFrame: number },
): Result<number> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  const frame = checkFrameIndex(input.frame);
  if (!frame.ok) return frame;
  const record = findRecord(context.doc, input.trackId, 'track');
  if (!record.ok) return record;
  const shown = interpolateBox(readTrackKeyframes(record.value), frame.value);
  if (!shown) return fail(`track ${input.trackId} has no box at frame ${frame.value}`);
  const last = Math.min(input.lastFrame, frame.value + Math.max(0, Math.floor(input.count)));
  if (last <= frame.value)
    return fail(`frame ${frame.value} is the last frame: nothing follows it`);
  const author = context.author();
  context.doc.transact(() => {
    for (let target = frame.value + 1; target <= last; target += 1) {
      const keyframe = { box: { ...shown.box }, outside: shown.outside };
      setKeyframe(context.doc, input.trackId, target, keyframe, author, LOCAL_ORIGIN);
    }
  }, LOCAL_ORIGIN);
  return ok(last - frame.value);
}
