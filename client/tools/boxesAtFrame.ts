import type { TrackView } from '../../shared/doc/readLayer.ts';
import type { Box } from '../../shared/schema/box.ts';
import { interpolateBox } from '../../shared/time/interpolateBox.ts';

/** A track's box as it stands at one frame. */
export interface FrameBox {
  trackId: string;
  labelId: string | null;
  box: Box;
  outside: boolean;
  isKeyframe: boolean;
}

/** Every track's box at a frame, interpolated from its keyframes; tracks that start later are left out. */
export function boxesAtFrame(tracks: readonly TrackView[], frame: number): FrameBox[] {
  const boxes: FrameBox[] = [];
  for (const track of tracks) {
    const state = interpolateBox(track.keyframes, frame);
    if (state) boxes.push({ trackId: track.id, labelId: track.labelId, ...state });
  }
  return boxes;
}
