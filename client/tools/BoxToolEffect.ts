import type { Box } from '../../shared/schema/box.ts';

/** What the box tool asks the editor to do; the editor turns edits into commands at the current frame. */
export type BoxToolEffect =
  | { type: 'select'; trackIds: string[] }
  | { type: 'createTrack'; box: Box }
  | { type: 'setBox'; trackId: string; box: Box }
  | { type: 'delete'; trackIds: string[] };
