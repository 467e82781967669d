import type { LayerSnapshot } from '../doc/readLayer.ts';
import type { SpatialShape } from './spatial/SpatialShape.ts';
import { spatialShapeAt } from './spatialShapeAt.ts';

/** What a layer draws at a frame, as the frame matcher compares it (see spatialShapeAt). */
export function spatialShapesAtFrame(snapshot: LayerSnapshot, frame: number): SpatialShape[] {
  const shapes: SpatialShape[] = [];
  for (const view of snapshot.tracks) {
    const shape = spatialShapeAt({ kind: 'track', view }, frame);
    if (shape) shapes.push(shape);
  }
  for (const view of snapshot.shapes) {
    const shape = spatialShapeAt({ kind: 'shape', view }, frame);
    if (shape) shapes.push(shape);
  }
  return shapes;
}
