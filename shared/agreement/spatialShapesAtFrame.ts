import type { LayerSnapshot } from '../doc/readLayer.ts';
import { interpolateBox } from '../time/interpolateBox.ts';
import { interpolateShape } from '../time/interpolateShape.ts';
import type { SpatialShape } from './spatial/SpatialShape.ts';

/**
 * What a layer draws at a frame, as the frame matcher compares it: box tracks in view and
 * polygons in view. Polylines, points and skeletons have no area to overlap and are left out.
 */
export function spatialShapesAtFrame(snapshot: LayerSnapshot, frame: number): SpatialShape[] {
  const shapes: SpatialShape[] = [];
  for (const track of snapshot.tracks) {
    const state = interpolateBox(track.keyframes, frame);
    if (state && !state.outside) {
      shapes.push({
        id: track.id,
        labelId: track.labelId,
        geometry: { kind: 'box', box: state.box },
      });
    }
  }
  for (const shape of snapshot.shapes) {
    if (shape.geometry !== 'polygon') continue;
    const state = interpolateShape(shape.keyframes, frame);
    if (state && !state.outside && state.points.length >= 6) {
      shapes.push({
        id: shape.id,
        labelId: shape.labelId,
        geometry: { kind: 'polygon', points: state.points },
      });
    }
  }
  return shapes;
}
