import type { Box } from '../../shared/schema/box.ts';
import type { BoxHandle } from './BoxHandle.ts';
import type { Point } from './Point.ts';

/** Where the box tool is in a gesture; drags live here until pointer-up, never in the document. */
export type BoxToolState =
  | { mode: 'idle' }
  | { mode: 'drawing'; origin: Point; box: Box }
  /**
   * Pointer down on a box, not yet past the drag threshold: a drag moves it; a click on one of several
   * selected boxes narrows the selection to it.
   */
  | { mode: 'pressing'; trackId: string; origin: Point; startBox: Box; narrowOnClick: boolean }
  | { mode: 'moving'; trackId: string; origin: Point; startBox: Box; box: Box }
  | {
      mode: 'resizing';
      trackId: string;
      handle: BoxHandle;
      origin: Point;
      startBox: Box;
      box: Box;
    };

/** The tool at rest. */
export const IDLE_BOX_TOOL: BoxToolState = { mode: 'idle' };
