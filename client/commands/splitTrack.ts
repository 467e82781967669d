import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import {
  createTrack,
  deleteKeyframe,
  setKeyframe,
  setLabel,
} from '../../shared/doc/writeRecords.ts';
import { newRecordId } from '../../shared/schema/ids.ts';
import { interpolateBox } from '../../shared/time/interpolateBox.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { checkFrameIndex } from './checkFrameIndex.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';
import { findRecord } from './findRecord.ts';
import { readTrackKeyframes } from './readTrackKeyframes.ts';

/**
 * Splits a track at `frame` (two objects the tracker joined): a new track, with the same label,
 * takes the box shown at `frame` and every keyframe after it; the old one keeps what came before
 * and is marked outside from `frame`. One undo step; the result is the new track's id.
 */
export function splitTrack(
  context: CommandContext,
  trackId: string,
  atFrame: number,
): Result<string> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  const frame = checkFrameIndex(atFrame);
  if (!frame.ok) return frame;
  const record = findRecord(context.doc, trackId, 'track');
  if (!record.ok) return record;
  const keyframes = readTrackKeyframes(record.value);
  const shown = interpolateBox(keyframes, frame.value);
  if (!shown || (keyframes[0]?.frame ?? frame.value) >= frame.value) {
    return fail(`track ${trackId} has nothing before frame ${frame.value} to split from`);
  }
  const later = keyframes.filter((keyframe) => keyframe.frame > frame.value);
  const author = context.author();
  const labelId = record.value.get('labelId');
  const id = newRecordId();
  context.doc.transact(() => {
    createTrack(
      context.doc,
      { id, labelId: null, frame: frame.value, box: shown.box },
      author,
      LOCAL_ORIGIN,
    );
    setLabel(context.doc, id, typeof labelId === 'string' ? labelId : null, author, LOCAL_ORIGIN);
    if (shown.outside) {
      setKeyframe(
        context.doc,
        id,
        frame.value,
        { box: shown.box, outside: true },
        author,
        LOCAL_ORIGIN,
      );
    }
    for (const keyframe of later) {
      const { box, outside } = keyframe;
      setKeyframe(context.doc, id, keyframe.frame, { box, outside }, author, LOCAL_ORIGIN);
      deleteKeyframe(context.doc, trackId, keyframe.frame, author, LOCAL_ORIGIN);
    }
    setKeyframe(
      context.doc,
      trackId,
      frame.value,
      { box: shown.box, outside: true },
      author,
      LOCAL_ORIGIN,
    );
  }, LOCAL_ORIGIN);
  return ok(id);
}
