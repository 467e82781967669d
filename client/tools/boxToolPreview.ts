import type { Box } from '../../shared/schema/box.ts';
import type { BoxToolState } from './BoxToolState.ts';

/** A box being dragged: shown in place of its track's box (or as a new box) until pointer-up. */
export interface BoxPreview {
  trackId: string | null;
  box: Box;
}

/** The drag preview the canvas should draw for a tool state, if any. */
export function boxToolPreview(state: BoxToolState): BoxPreview | null {
  switch (state.mode) {
    case 'drawing':
      return { trackId: null, box: state.box };
    case 'moving':
    case 'resizing':
      return { trackId: state.trackId, box: state.box };
    default:
      return null;
  }
}
