import * as Y from 'yjs';
import { MAX_FRAME_INDEX } from '../schema/keyframe.ts';
import type { ShapeGeometry, ShapeKeyframe } from '../schema/shape.ts';
import { MIN_SHAPE_POINTS, shapeKeyframeSchema } from '../schema/shape.ts';
import type { YRecord } from './layerRoots.ts';
import { objectsOf } from './layerRoots.ts';
import { FIELD_KEYFRAMES } from './roots.ts';
import type { Author } from './writeRecordBase.ts';
import { writeRecordBase } from './writeRecordBase.ts';

/** What a new shape starts with: its geometry and its first keyframe. */
export interface NewShape {
  id: string;
  labelId: string | null;
  geometry: ShapeGeometry;
  /** The skeleton template of a skeleton shape; null for the other geometries. */
  skeletonId: string | null;
  frame: number;
  keyframe: ShapeKeyframe;
}

function checkedKeyframe(
  geometry: ShapeGeometry,
  frame: number,
  keyframe: ShapeKeyframe,
): ShapeKeyframe {
  if (!Number.isInteger(frame) || frame < 0 || frame > MAX_FRAME_INDEX) {
    throw new RangeError(`frame ${frame} is not a frame index between 0 and ${MAX_FRAME_INDEX}`);
  }
  const parsed = shapeKeyframeSchema.safeParse(keyframe);
  if (!parsed.success) {
    throw new RangeError(
      `the ${geometry} keyframe at frame ${frame} is malformed: ${parsed.error.issues[0]?.message}`,
    );
  }
  const count = keyframe.points.length / 2;
  if (count < MIN_SHAPE_POINTS[geometry]) {
    throw new RangeError(
      `a ${geometry} needs at least ${MIN_SHAPE_POINTS[geometry]} points, not ${count}`,
    );
  }
  if (keyframe.visible !== null && keyframe.visible.length !== count) {
    throw new RangeError(`${keyframe.visible.length} visibility flags for ${count} points`);
  }
  return {
    points: [...keyframe.points],
    visible: keyframe.visible ? [...keyframe.visible] : null,
    outside: keyframe.outside,
  };
}

function shapeRecordOf(doc: Y.Doc, id: string): YRecord | undefined {
  const record = objectsOf(doc).get(id);
  return record instanceof Y.Map && record.get('kind') === 'shape' ? record : undefined;
}

/** Creates a shape with its keyframe map and first keyframe, in one transaction. */
export function createShape(doc: Y.Doc, shape: NewShape, author: Author, origin: unknown): void {
  const keyframe = checkedKeyframe(shape.geometry, shape.frame, shape.keyframe);
  doc.transact(() => {
    const record: YRecord = new Y.Map();
    objectsOf(doc).set(shape.id, record);
    writeRecordBase(record, shape.id, 'shape', shape.labelId, author);
    record.set('geometry', shape.geometry);
    record.set('skeletonId', shape.skeletonId);
    const keyframes = new Y.Map<ShapeKeyframe>();
    record.set(FIELD_KEYFRAMES, keyframes);
    keyframes.set(String(shape.frame), keyframe);
  }, origin);
}

/** Sets (adds or replaces) a shape's keyframe at a frame; false when there is no such shape. */
export function setShapeKeyframe(
  doc: Y.Doc,
  shapeId: string,
  frame: number,
  keyframe: ShapeKeyframe,
  author: Author,
  origin: unknown,
): boolean {
  const record = shapeRecordOf(doc, shapeId);
  const keyframes = record?.get(FIELD_KEYFRAMES);
  if (!record || !(keyframes instanceof Y.Map)) return false;
  const checked = checkedKeyframe(record.get('geometry') as ShapeGeometry, frame, keyframe);
  doc.transact(() => {
    keyframes.set(String(frame), checked);
    record.set('updatedBy', author.userId);
  }, origin);
  return true;
}

/** Removes a shape's keyframe at a frame; a shape's last keyframe is kept (delete the shape instead). */
export function deleteShapeKeyframe(
  doc: Y.Doc,
  shapeId: string,
  frame: number,
  author: Author,
  origin: unknown,
): boolean {
  const record = shapeRecordOf(doc, shapeId);
  const keyframes = record?.get(FIELD_KEYFRAMES);
  if (!record || !(keyframes instanceof Y.Map)) return false;
  if (keyframes.size <= 1 || !keyframes.has(String(frame))) return false;
  doc.transact(() => {
    keyframes.delete(String(frame));
    record.set('updatedBy', author.userId);
  }, origin);
  return true;
}
