import type { CanvasShape } from '../canvas/CanvasScene.ts';
import type { Point } from './Point.ts';

/** A shape's vertex under the pointer, or the middle of one of its edges (where a new vertex goes). */
export type ShapeHandle =
  | { kind: 'vertex'; shapeId: string; index: number }
  | { kind: 'edge'; shapeId: string; index: number; at: Point };

function distance(left: Point, right: Point): number {
  return Math.hypot(left.x - right.x, left.y - right.y);
}

/**
 * The handle nearest the point within `reach` media pixels: vertices first (selected shapes
 * before others, later shapes before earlier ones), then edge midpoints of selected polygons and
 * polylines; null when there is none.
 */
export function findShapeHandle(
  shapes: readonly CanvasShape[],
  point: Point,
  reach: number,
): ShapeHandle | null {
  const ordered = [...shapes]
    .reverse()
    .sort((left, right) => Number(right.selected) - Number(left.selected));
  for (const shape of ordered) {
    let best: { index: number; gap: number } | null = null;
    for (let index = 0; index < shape.points.length / 2; index += 1) {
      const vertex = {
        x: shape.points[index * 2] as number,
        y: shape.points[index * 2 + 1] as number,
      };
      const gap = distance(vertex, point);
      if (gap <= reach && (!best || gap < best.gap)) best = { index, gap };
    }
    if (best) return { kind: 'vertex', shapeId: shape.shapeId, index: best.index };
  }
  for (const shape of ordered) {
    if (!shape.selected || (shape.geometry !== 'polygon' && shape.geometry !== 'polyline'))
      continue;
    const count = shape.points.length / 2;
    const edges = shape.geometry === 'polygon' ? count : count - 1;
    for (let index = 0; index < edges; index += 1) {
      const next = (index + 1) % count;
      const at = {
        x: ((shape.points[index * 2] as number) + (shape.points[next * 2] as number)) / 2,
        y: ((shape.points[index * 2 + 1] as number) + (shape.points[next * 2 + 1] as number)) / 2,
      };
      if (distance(at, point) <= reach)
        return { kind: 'edge', shapeId: shape.shapeId, index: index + 1, at };
    }
  }
  return null;
}
