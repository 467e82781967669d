import * as Y from 'yjs';
import { createMaskBitmap } from '../mask/MaskBitmap.ts';
import { maskOperationSchema } from '../mask/maskOperation.ts';
import type { YRecord } from './layerRoots.ts';
import { readAttributes } from './readAttributes.ts';
import type { MaskView, Violation } from './readLayer.ts';
import { FIELD_MASK_OPERATIONS } from './roots.ts';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * Reads a mask record for readLayer: its size and which frames it paints. Malformed operations
 * are reported and left out; a mask without a usable size or operation list is reported and
 * ignored.
 */
export function readMask(id: string, record: YRecord, violations: Violation[]): MaskView | null {
  const width = record.get('width');
  const height = record.get('height');
  const size = createMaskBitmap(Number(width), Number(height));
  if (typeof width !== 'number' || typeof height !== 'number' || !size.ok) {
    const reason = size.ok ? 'its size is not numeric' : size.error;
    violations.push({ recordId: id, field: 'width', message: `mask ${id}: ${reason}; ignored` });
    return null;
  }
  const operations = record.get(FIELD_MASK_OPERATIONS);
  if (!(operations instanceof Y.Array)) {
    violations.push({
      recordId: id,
      field: FIELD_MASK_OPERATIONS,
      message: `mask ${id} has no operation list; ignored`,
    });
    return null;
  }
  const frames = new Set<number>();
  const authors = new Set<string>();
  let operationCount = 0;
  let fingerprint = 0x811c9dc5;
  const mix = (value: string) => {
    for (let index = 0; index < value.length; index += 1) {
      fingerprint = Math.imul(fingerprint ^ value.charCodeAt(index), 0x01000193) >>> 0;
    }
  };
  operations.forEach((entry: unknown, index: number) => {
    const parsed = maskOperationSchema.safeParse(entry);
    if (parsed.success) {
      const operation = parsed.data;
      frames.add(operation.frame);
      authors.add(operation.by);
      operationCount += 1;
      const extent = operation.kind === 'region' ? operation.runs.length : operation.points.length;
      mix(
        `${operation.kind}${operation.mode}${operation.frame}|${operation.by}|${operation.atMs}|${extent};`,
      );
      return;
    }
    violations.push({
      recordId: id,
      field: FIELD_MASK_OPERATIONS,
      message: `operation ${index + 1} of mask ${id} is malformed (${parsed.error.issues[0]?.message}); ignored`,
    });
  });
  const labelId = record.get('labelId');
  return {
    id,
    labelId: typeof labelId === 'string' ? labelId : null,
    width,
    height,
    frames: [...frames].sort((left, right) => left - right),
    operationCount,
    fingerprint,
    authors: [...authors].sort(),
    attributes: readAttributes(id, record, violations),
    createdBy: text(record.get('createdBy')),
    updatedBy: text(record.get('updatedBy')),
  };
}
