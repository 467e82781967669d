import type { MaskBitmap } from './MaskBitmap.ts';
import { pixelCentre, SUBPIXELS } from './subpixels.ts';

/** Largest brush radius, in quarter pixels (256 px). */
export const MAX_STROKE_RADIUS = 1024;

/** Longest piece a segment is cut into, in quarter pixels: keeps every product below 2^53. */
const MAX_PIECE = 1024;

function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value;
}

/** Sets `value` on every pixel whose centre lies within `radius` of the segment a–b (a capsule). */
function paintCapsule(
  mask: MaskBitmap,
  [ax, ay, bx, by]: readonly [number, number, number, number],
  radius: number,
  value: 0 | 1,
): void {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const radius2 = radius * radius;
  const half = SUBPIXELS / 2;
  const firstX = clamp(Math.ceil((Math.min(ax, bx) - radius - half) / SUBPIXELS), 0, mask.width);
  const lastX = clamp(
    Math.floor((Math.max(ax, bx) + radius - half) / SUBPIXELS),
    -1,
    mask.width - 1,
  );
  const firstY = clamp(Math.ceil((Math.min(ay, by) - radius - half) / SUBPIXELS), 0, mask.height);
  const lastY = clamp(
    Math.floor((Math.max(ay, by) + radius - half) / SUBPIXELS),
    -1,
    mask.height - 1,
  );
  for (let y = firstY; y <= lastY; y += 1) {
    const wy = pixelCentre(y) - ay;
    const row = y * mask.width;
    for (let x = firstX; x <= lastX; x += 1) {
      const wx = pixelCentre(x) - ax;
      const dot = wx * dx + wy * dy;
      let inside: boolean;
      if (dot <= 0) {
        inside = wx * wx + wy * wy <= radius2;
      } else if (dot >= length2) {
        const ex = wx - dx;
        const ey = wy - dy;
        inside = ex * ex + ey * ey <= radius2;
      } else {
        const cross = wx * dy - wy * dx;
        inside = cross * cross <= radius2 * length2;
      }
      if (inside) mask.pixels[row + x] = value;
    }
  }
}

/**
 * Paints a brush stroke: every pixel whose centre is within `radius` of the polyline through
 * `points` (x, y pairs, quarter pixels). Integer arithmetic only, so every engine sets the same
 * pixels; long segments are cut into pieces so that no product leaves the exact range.
 */
export function rasterizeStroke(
  mask: MaskBitmap,
  points: readonly number[],
  radius: number,
  value: 0 | 1,
): void {
  const pointCount = points.length >> 1;
  if (pointCount === 0) return;
  let [ax, ay] = [points[0] as number, points[1] as number];
  if (pointCount === 1) paintCapsule(mask, [ax, ay, ax, ay], radius, value);
  for (let index = 1; index < pointCount; index += 1) {
    const bx = points[2 * index] as number;
    const by = points[2 * index + 1] as number;
    const pieces = Math.max(
      1,
      Math.ceil(Math.max(Math.abs(bx - ax), Math.abs(by - ay)) / MAX_PIECE),
    );
    let [fromX, fromY] = [ax, ay];
    for (let piece = 1; piece <= pieces; piece += 1) {
      const toX = ax + Math.floor(((bx - ax) * piece) / pieces);
      const toY = ay + Math.floor(((by - ay) * piece) / pieces);
      paintCapsule(mask, [fromX, fromY, toX, toY], radius, value);
      [fromX, fromY] = [toX, toY];
    }
    [ax, ay] = [bx, by];
  }
}
