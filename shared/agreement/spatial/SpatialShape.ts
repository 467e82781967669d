import type { Box } from '../../schema/box.ts';

/** The pixel grid of a frame (the media's size): masks cover it, polygons are rasterised on it. */
export interface PixelGrid {
  width: number;
  height: number;
}

/**
 * What an annotation covers on one frame: a box or polygon in media pixels, or a mask as row-order
 * runs over the frame's grid (alternating unset and set, starting with unset, as maskRuns.ts).
 */
export type SpatialGeometry =
  | { kind: 'box'; box: Box }
  | { kind: 'polygon'; points: readonly number[] }
  | { kind: 'mask'; runs: readonly number[] };

/** One annotation on one frame, as the frame matcher compares it. */
export interface SpatialShape {
  id: string;
  labelId: string | null;
  geometry: SpatialGeometry;
}
