import type { MediaSize } from './MediaSize.ts';
import type { ToolBox } from './ToolBox.ts';

/** What the box tool sees when an event arrives. */
export interface BoxToolScene {
  /** Boxes of the current frame, bottom to top. */
  boxes: readonly ToolBox[];
  selection: readonly string[];
  canWrite: boolean;
  media: MediaSize;
  /** Media pixels per screen pixel, so grab distances feel the same at any zoom. */
  mediaPixelsPerScreenPixel: number;
}
