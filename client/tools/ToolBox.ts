import type { Box } from '../../shared/schema/box.ts';

/** A box the tool can act on at the current frame. */
export interface ToolBox {
  trackId: string;
  box: Box;
  /** Out of view at this frame: drawn (dashed) only while selected, and never grabbed otherwise. */
  outside: boolean;
}
