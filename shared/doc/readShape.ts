import * as Y from 'yjs';
import { MIN_SHAPE_POINTS, SHAPE_GEOMETRIES, shapeKeyframeSchema } from '../schema/shape.ts';
import type { ShapeGeometry } from '../schema/shape.ts';
import { frameOfKey } from './frameOfKey.ts';
import type { YRecord } from './layerRoots.ts';
import { readAttributes } from './readAttributes.ts';
import type { ShapeKeyframeView, ShapeView, Violation } from './readLayer.ts';
import { FIELD_KEYFRAMES } from './roots.ts';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function isGeometry(value: unknown): value is ShapeGeometry {
  return (SHAPE_GEOMETRIES as readonly unknown[]).includes(value);
}

function readShapeKeyframe(
  id: string,
  geometry: ShapeGeometry,
  key: string,
  value: unknown,
  violations: Violation[],
): ShapeKeyframeView | null {
  const report = (message: string) =>
    violations.push({ recordId: id, field: FIELD_KEYFRAMES, message });
  const frame = frameOfKey(key);
  const parsed = shapeKeyframeSchema.safeParse(value);
  if (frame === null) {
    report(`keyframe key ${JSON.stringify(key)} of shape ${id} is not a frame index; ignored`);
    return null;
  }
  if (!parsed.success) {
    report(`keyframe at frame ${frame} of shape ${id} is malformed; ignored`);
    return null;
  }
  const { points, outside } = parsed.data;
  let visible = parsed.data.visible;
  const count = points.length / 2;
  if (visible !== null && visible.length !== count) {
    report(
      `keyframe at frame ${frame} of shape ${id} has ${visible.length} visibility flags for ${count} points; read as all visible`,
    );
    visible = null;
  }
  if (count < MIN_SHAPE_POINTS[geometry]) {
    report(
      `keyframe at frame ${frame} of ${geometry} ${id} has ${count} point${count === 1 ? '' : 's'}; a ${geometry} needs at least ${MIN_SHAPE_POINTS[geometry]}`,
    );
  }
  return { frame, points, visible, outside };
}

/**
 * Reads a shape record for readLayer: keyframes sorted by frame, malformed ones reported and left
 * out. A shape of unknown geometry or without a keyframe map is reported and ignored.
 */
export function readShape(id: string, record: YRecord, violations: Violation[]): ShapeView | null {
  const geometry = record.get('geometry');
  if (!isGeometry(geometry)) {
    violations.push({
      recordId: id,
      field: 'geometry',
      message: `shape ${id} has unknown geometry ${JSON.stringify(geometry)}; ignored`,
    });
    return null;
  }
  const stored = record.get(FIELD_KEYFRAMES);
  if (!(stored instanceof Y.Map)) {
    violations.push({
      recordId: id,
      field: FIELD_KEYFRAMES,
      message: `shape ${id} has no keyframe map; ignored`,
    });
    return null;
  }
  const keyframes: ShapeKeyframeView[] = [];
  for (const [key, value] of stored.entries()) {
    const keyframe = readShapeKeyframe(id, geometry, key, value, violations);
    if (keyframe) keyframes.push(keyframe);
  }
  keyframes.sort((left, right) => left.frame - right.frame);
  const skeletonId = record.get('skeletonId');
  return {
    id,
    labelId: typeof record.get('labelId') === 'string' ? (record.get('labelId') as string) : null,
    geometry,
    skeletonId: typeof skeletonId === 'string' ? skeletonId : null,
    keyframes,
    attributes: readAttributes(id, record, violations),
    createdBy: text(record.get('createdBy')),
    updatedBy: text(record.get('updatedBy')),
  };
}
