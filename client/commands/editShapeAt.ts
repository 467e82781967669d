import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { readShape } from '../../shared/doc/readShape.ts';
import { setShapeKeyframe } from '../../shared/doc/writeShapes.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { MIN_SHAPE_POINTS } from '../../shared/schema/shape.ts';
import { interpolateShape } from '../../shared/time/interpolateShape.ts';
import type { Point } from '../tools/Point.ts';
import { checkFrameIndex } from './checkFrameIndex.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';
import { findRecord } from './findRecord.ts';

/** One change to a shape's points at a frame. */
export type ShapeEdit =
  | { kind: 'move'; index: number; to: Point }
  | { kind: 'insert'; index: number; at: Point }
  | { kind: 'remove'; index: number }
  | { kind: 'toggleVisible'; index: number }
  | { kind: 'toggleOutside' };

/**
 * Changes a shape as it stands at a frame (interpolated when no keyframe is there) and stores the
 * result as the keyframe at that frame: one edit, one undo step.
 */
export function editShapeAt(
  context: CommandContext,
  shapeId: string,
  frame: number,
  edit: ShapeEdit,
): Result<true> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  const checkedFrame = checkFrameIndex(frame);
  if (!checkedFrame.ok) return checkedFrame;
  const record = findRecord(context.doc, shapeId, 'shape');
  if (!record.ok) return record;
  const shape = readShape(shapeId, record.value, []);
  const current = shape && interpolateShape(shape.keyframes, frame);
  if (!shape || !current) return fail(`shape ${shapeId} does not exist at frame ${frame}`);
  const points = [...current.points];
  const count = points.length / 2;
  let visible = current.visible ? [...current.visible] : null;
  let outside = current.outside;
  if (
    edit.kind !== 'toggleOutside' &&
    (edit.index < 0 || edit.index > count || !Number.isInteger(edit.index))
  ) {
    return fail(`shape ${shapeId} has no point ${edit.index}`);
  }
  if (edit.kind === 'move') {
    points.splice(edit.index * 2, 2, edit.to.x, edit.to.y);
  } else if (edit.kind === 'insert') {
    if (shape.geometry === 'skeleton') return fail('a skeleton has exactly its template’s points');
    points.splice(edit.index * 2, 0, edit.at.x, edit.at.y);
    visible?.splice(edit.index, 0, true);
  } else if (edit.kind === 'remove') {
    if (shape.geometry === 'skeleton') {
      return fail('a skeleton’s points cannot be removed: hide the point instead (Shift+click)');
    }
    if (count <= MIN_SHAPE_POINTS[shape.geometry]) {
      return fail(`a ${shape.geometry} needs at least ${MIN_SHAPE_POINTS[shape.geometry]} points`);
    }
    points.splice(edit.index * 2, 2);
    visible?.splice(edit.index, 1);
  } else if (edit.kind === 'toggleVisible') {
    visible ??= Array.from({ length: count }, () => true);
    visible[edit.index] = !visible[edit.index];
  } else {
    outside = !outside;
  }
  try {
    setShapeKeyframe(
      context.doc,
      shapeId,
      checkedFrame.value,
      { points, visible, outside },
      context.author(),
      LOCAL_ORIGIN,
    );
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  return ok(true);
}
