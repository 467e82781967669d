import { encodeMaskRuns } from '../../mask/maskRuns.ts';
import { rasterizePolygon } from '../../mask/rasterizePolygon.ts';
import { SUBPIXELS } from '../../mask/subpixels.ts';
import { firstCentreAtOrAfter } from './firstCentreAtOrAfter.ts';
import { quarterPixel } from './quarterPixel.ts';
import type { PixelSpans } from './spansOfRuns.ts';
import type { PixelGrid } from './SpatialShape.ts';

/** Set pixels of a mask lying at (firstColumn, firstRow) of `grid`, from its runs, as spans of the grid. */
function spansOfLocalRuns(
  runs: readonly number[],
  local: { width: number; firstColumn: number; firstRow: number },
  grid: PixelGrid,
): number[] {
  const spans: number[] = [];
  let position = 0;
  for (let index = 0; index < runs.length; index += 1) {
    const end = position + (runs[index] as number);
    // A set run of the local mask may wrap from one of its rows to the next.
    for (let start = position; index & 1 && start < end;) {
      const row = Math.floor(start / local.width);
      const pieceEnd = Math.min(end, (row + 1) * local.width);
      const gridStart =
        (local.firstRow + row) * grid.width + local.firstColumn + (start - row * local.width);
      if (spans.length > 0 && spans[spans.length - 1] === gridStart) {
        spans[spans.length - 1] = gridStart + pieceEnd - start;
      } else {
        spans.push(gridStart, gridStart + pieceEnd - start);
      }
      start = pieceEnd;
    }
    position = end;
  }
  return spans;
}

/** The smallest and largest of every other value from `offset`. */
function extent(values: readonly number[], offset: number): [number, number] {
  let [smallest, largest] = [Infinity, -Infinity];
  for (let index = offset; index < values.length; index += 2) {
    smallest = Math.min(smallest, values[index] as number);
    largest = Math.max(largest, values[index] as number);
  }
  return [smallest, largest];
}

/**
 * The pixels of `grid` a polygon (media pixels, x, y pairs) covers, as spans: the pixels the mask
 * rasteriser (rasterizePolygon, even-odd at pixel centres, quarter pixels) fills on a full-size
 * mask, computed on a mask only as large as the polygon's bounds.
 */
export function polygonSpans(points: readonly number[], grid: PixelGrid): PixelSpans {
  const quarters = points.map(quarterPixel);
  if (quarters.length < 6) return [];
  const [[minX, maxX], [minY, maxY]] = [extent(quarters, 0), extent(quarters, 1)];
  const firstColumn = Math.max(0, firstCentreAtOrAfter(minX));
  const endColumn = Math.min(grid.width, firstCentreAtOrAfter(maxX));
  const firstRow = Math.max(0, firstCentreAtOrAfter(minY));
  const endRow = Math.min(grid.height, firstCentreAtOrAfter(maxY));
  if (firstColumn >= endColumn || firstRow >= endRow) return [];
  const [width, height] = [endColumn - firstColumn, endRow - firstRow];
  const local = { width, height, pixels: new Uint8Array(width * height) };
  // Moving by whole pixels moves every centre test with it, so the local fill is the global one.
  const shifted = quarters.map(
    (value, index) => value - SUBPIXELS * (index % 2 === 0 ? firstColumn : firstRow),
  );
  rasterizePolygon(local, shifted, 1);
  return spansOfLocalRuns(encodeMaskRuns(local), { width, firstColumn, firstRow }, grid);
}
