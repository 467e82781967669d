import { MAX_MASK_SIDE } from '../../mask/MaskBitmap.ts';
import { checkMaskRuns } from '../../mask/maskRuns.ts';
import type { Result } from '../../schema/result.ts';
import { fail, ok } from '../../schema/result.ts';
import type { PixelGrid, SpatialShape } from './SpatialShape.ts';

function checkGeometry(shape: SpatialShape, grid: PixelGrid): string | null {
  const { geometry } = shape;
  switch (geometry.kind) {
    case 'box': {
      const { x, y, w, h } = geometry.box;
      if (![x, y, w, h].every(Number.isFinite) || w < 0 || h < 0) {
        return `box ${shape.id} is not finite numbers with a width and height ≥ 0`;
      }
      return null;
    }
    case 'polygon':
      if (geometry.points.length % 2 !== 0) {
        return `polygon ${shape.id} has an odd number of coordinates`;
      }
      if (!geometry.points.every(Number.isFinite)) {
        return `polygon ${shape.id} has a coordinate that is not a finite number`;
      }
      return null;
    case 'mask': {
      const runs = checkMaskRuns(geometry.runs, grid.width * grid.height);
      return runs.ok
        ? null
        : `mask ${shape.id} on a ${grid.width}×${grid.height} frame: ${runs.error}`;
    }
  }
}

/** Checks a frame's grid and one layer's shapes on it: ids unique, geometry well formed, masks covering the grid. */
export function checkSpatialShapes(
  shapes: readonly SpatialShape[],
  grid: PixelGrid,
  layerName: string,
): Result<void> {
  for (const side of [grid.width, grid.height]) {
    if (!Number.isInteger(side) || side < 1 || side > MAX_MASK_SIDE) {
      return fail(
        `frame size ${grid.width}×${grid.height} is not whole pixels from 1 to ${MAX_MASK_SIDE}`,
      );
    }
  }
  const seen = new Set<string>();
  for (const shape of shapes) {
    if (seen.has(shape.id)) {
      return fail(`object ${shape.id} is listed twice in the ${layerName} layer`);
    }
    seen.add(shape.id);
    const problem = checkGeometry(shape, grid);
    if (problem !== null) return fail(`${problem} (${layerName} layer)`);
  }
  return ok(undefined);
}
