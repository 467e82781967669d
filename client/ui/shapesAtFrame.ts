import type { ShapeView } from '../../shared/doc/readLayer.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { Skeleton } from '../../shared/schema/skeleton.ts';
import { interpolateShape } from '../../shared/time/interpolateShape.ts';
import type { CanvasShape } from '../canvas/CanvasScene.ts';
import type { ShapeToolState } from './useShapeTool.ts';

const UNLABELLED_COLOUR = '#9e9e9e';

/** The shapes with a dragged vertex where the pointer holds it (or a vertex being inserted). */
export function applyShapeDrag(
  shapes: readonly CanvasShape[],
  drag: ShapeToolState['drag'],
): readonly CanvasShape[] {
  return drag ? shapes.map((shape) => withDrag(shape, drag)) : shapes;
}

function withDrag(shape: CanvasShape, drag: NonNullable<ShapeToolState['drag']>): CanvasShape {
  if (drag.shapeId !== shape.shapeId) return shape;
  const points = [...shape.points];
  const visible = shape.visible ? [...shape.visible] : null;
  if (drag.inserting) {
    points.splice(drag.index * 2, 0, drag.point.x, drag.point.y);
    visible?.splice(drag.index, 0, true);
  } else points.splice(drag.index * 2, 2, drag.point.x, drag.point.y);
  return { ...shape, points, visible };
}

/** The shapes the canvas draws at a frame: interpolated from keyframes, out-of-view ones left out unless selected. */
export function shapesAtFrame(input: {
  shapes: readonly ShapeView[];
  frame: number;
  labels: readonly Label[];
  skeletons: readonly Skeleton[];
  selection: readonly string[];
}): CanvasShape[] {
  const labelsById = new Map(input.labels.map((label) => [label.id, label]));
  const skeletonsById = new Map(input.skeletons.map((skeleton) => [skeleton.id, skeleton]));
  return input.shapes.flatMap((shape) => {
    const state = interpolateShape(shape.keyframes, input.frame);
    const selected = input.selection.includes(shape.id);
    if (!state || (state.outside && !selected) || state.points.length === 0) return [];
    const label = shape.labelId ? labelsById.get(shape.labelId) : undefined;
    const skeleton = shape.skeletonId ? skeletonsById.get(shape.skeletonId) : undefined;
    const drawn: CanvasShape = {
      shapeId: shape.id,
      geometry: shape.geometry,
      points: state.points,
      visible: state.visible,
      edges: shape.geometry === 'skeleton' ? (skeleton?.edges ?? []) : [],
      isKeyframe: state.isKeyframe,
      selected,
      colour: label?.colour ?? UNLABELLED_COLOUR,
      caption: label?.name ?? 'no label',
    };
    return [drawn];
  });
}
