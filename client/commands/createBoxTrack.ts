import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { createTrack } from '../../shared/doc/writeRecords.ts';
import type { Box } from '../../shared/schema/box.ts';
import { newRecordId } from '../../shared/schema/ids.ts';
import type { Result } from '../../shared/schema/result.ts';
import { ok } from '../../shared/schema/result.ts';
import { checkBox } from './checkBox.ts';
import { checkFrameIndex } from './checkFrameIndex.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';

/** A box drawn at a frame: becomes a new track whose first keyframe is there. */
export interface NewBoxTrack {
  frame: number;
  box: Box;
  labelId: string | null;
  /** A caller-chosen id (to select the track before the snapshot catches up). */
  id?: string;
}

/** Creates a box track with one keyframe; the result is the new track's id. */
export function createBoxTrack(context: CommandContext, input: NewBoxTrack): Result<string> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  const frame = checkFrameIndex(input.frame);
  if (!frame.ok) return frame;
  const box = checkBox(input.box);
  if (!box.ok) return box;
  const id = input.id ?? newRecordId();
  createTrack(
    context.doc,
    { id, labelId: input.labelId, frame: frame.value, box: box.value },
    context.author(),
    LOCAL_ORIGIN,
  );
  return ok(id);
}
