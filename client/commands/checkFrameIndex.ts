import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { MAX_FRAME_INDEX } from '../../shared/schema/track.ts';

/** A frame index a keyframe may sit at, or why not. */
export function checkFrameIndex(frame: number): Result<number> {
  if (!Number.isInteger(frame) || frame < 0 || frame > MAX_FRAME_INDEX) {
    return fail(`frame ${frame} is not a frame index between 0 and ${MAX_FRAME_INDEX}`);
  }
  return ok(frame);
}
