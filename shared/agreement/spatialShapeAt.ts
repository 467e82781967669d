import type { ShapeView, TrackView } from '../doc/readLayer.ts';
import { interpolateBox } from '../time/interpolateBox.ts';
import { interpolateShape } from '../time/interpolateShape.ts';
import type { SpatialShape } from './spatial/SpatialShape.ts';

/** A box track or a shape record: what a layer may draw on a frame. */
export type DrawnObject = { kind: 'track'; view: TrackView } | { kind: 'shape'; view: ShapeView };

/**
 * What one object draws at a frame, as the frame matcher compares it: a box track in view, or a
 * polygon in view with at least three points. Polylines, points and skeletons have no area to
 * overlap, so they draw nothing here.
 */
export function spatialShapeAt(object: DrawnObject, frame: number): SpatialShape | null {
  if (object.kind === 'track') {
    const state = interpolateBox(object.view.keyframes, frame);
    if (!state || state.outside) return null;
    const { id, labelId } = object.view;
    return { id, labelId, geometry: { kind: 'box', box: state.box } };
  }
  if (object.view.geometry !== 'polygon') return null;
  const state = interpolateShape(object.view.keyframes, frame);
  if (!state || state.outside || state.points.length < 6) return null;
  const { id, labelId } = object.view;
  return { id, labelId, geometry: { kind: 'polygon', points: state.points } };
}
