import * as Y from 'yjs';
import { applyMaskOperation, applyMaskOperations } from '../mask/applyMaskOperations.ts';
import type { SkippedOperation } from '../mask/applyMaskOperations.ts';
import { compactedRegion } from '../mask/compactMaskOperations.ts';
import type { MaskBitmap } from '../mask/MaskBitmap.ts';
import { createMaskBitmap } from '../mask/MaskBitmap.ts';
import type { MaskOperation } from '../mask/maskOperation.ts';
import { maskOperationSchema } from '../mask/maskOperation.ts';
import type { Result } from '../schema/result.ts';
import { fail, ok } from '../schema/result.ts';
import type { YRecord } from './layerRoots.ts';
import { objectsOf } from './layerRoots.ts';
import { FIELD_MASK_OPERATIONS } from './roots.ts';
import type { Author } from './writeRecordBase.ts';
import { writeRecordBase } from './writeRecordBase.ts';

/** What a new mask starts with: its size is the media's, in pixels. */
export interface NewMask {
  id: string;
  labelId: string | null;
  width: number;
  height: number;
}

function maskRecordOf(
  doc: Y.Doc,
  maskId: string,
): Result<{ record: YRecord; operations: Y.Array<unknown> }> {
  const record = objectsOf(doc).get(maskId);
  if (!(record instanceof Y.Map) || record.get('kind') !== 'mask') {
    return fail(`mask ${maskId} does not exist`);
  }
  const operations = record.get(FIELD_MASK_OPERATIONS);
  if (!(operations instanceof Y.Array)) return fail(`mask ${maskId} has no operation list`);
  return ok({ record, operations });
}

/** Creates an empty mask record with its operation list, in one transaction. */
export function createMask(doc: Y.Doc, mask: NewMask, author: Author, origin: unknown): void {
  const size = createMaskBitmap(mask.width, mask.height);
  if (!size.ok) throw new RangeError(size.error);
  doc.transact(() => {
    const record: YRecord = new Y.Map();
    objectsOf(doc).set(mask.id, record);
    writeRecordBase(record, mask.id, 'mask', mask.labelId, author);
    record.set('width', mask.width);
    record.set('height', mask.height);
    record.set(FIELD_MASK_OPERATIONS, new Y.Array<unknown>());
  }, origin);
}

/**
 * Appends one operation to a mask's list; two people painting at once both keep their
 * operations, and undo (which tracks only its own origin) removes only its own.
 */
export function addMaskOperation(
  doc: Y.Doc,
  maskId: string,
  operation: MaskOperation,
  origin: unknown,
): Result<void> {
  const parsed = maskOperationSchema.safeParse(operation);
  if (!parsed.success)
    return fail(`mask operation is malformed: ${parsed.error.issues[0]?.message}`);
  const found = maskRecordOf(doc, maskId);
  if (!found.ok) return found;
  doc.transact(() => {
    found.value.operations.push([parsed.data]);
    found.value.record.set('updatedBy', parsed.data.by);
  }, origin);
  return ok(undefined);
}

/** A mask's valid operations in list order (malformed entries are left out, as readers skip them). */
export function readMaskOperations(doc: Y.Doc, maskId: string): Result<MaskOperation[]> {
  const found = maskRecordOf(doc, maskId);
  if (!found.ok) return found;
  return ok(
    found.value.operations.toArray().flatMap((entry) => {
      const parsed = maskOperationSchema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    }),
  );
}

/** Appends operations as they are (an import), in one transaction, leaving `updatedBy` alone. */
export function appendMaskOperations(
  doc: Y.Doc,
  maskId: string,
  operations: readonly MaskOperation[],
  origin: unknown,
): Result<void> {
  const found = maskRecordOf(doc, maskId);
  if (!found.ok) return found;
  for (const [index, operation] of operations.entries()) {
    const parsed = maskOperationSchema.safeParse(operation);
    if (!parsed.success) {
      return fail(`operation ${index + 1} is malformed: ${parsed.error.issues[0]?.message}`);
    }
  }
  doc.transact(() => found.value.operations.push([...operations]), origin);
  return ok(undefined);
}

/**
 * The pixels of one frame of a mask, and the operations that had to be left out. With `onlyBy`,
 * only that user's operations are applied (what the mask would be without everyone else).
 */
export function readMaskFrame(
  doc: Y.Doc,
  maskId: string,
  frame: number,
  onlyBy?: string,
): Result<{ mask: MaskBitmap; skipped: SkippedOperation[] }> {
  const found = maskRecordOf(doc, maskId);
  if (!found.ok) return found;
  const { record, operations } = found.value;
  const entries = operations.toArray();
  const isBy = (entry: unknown) =>
    typeof entry === 'object' && entry !== null && (entry as { by?: unknown }).by === onlyBy;
  return applyMaskOperations(
    onlyBy === undefined ? entries : entries.filter(isBy),
    frame,
    record.get('width') as number,
    record.get('height') as number,
  );
}

/**
 * Server-side compaction: for each frame, the operations made before `horizonMs` that open that
 * frame's list become one region with the same pixels, in one transaction. Only the server calls
 * this, and only with a horizon past every undo, since an undo of a folded operation finds
 * nothing left to remove. Returns how many operations were folded.
 */
export function compactMask(
  doc: Y.Doc,
  maskId: string,
  horizonMs: number,
  stamp: { by: string; atMs: number },
  origin: unknown,
): Result<number> {
  const found = maskRecordOf(doc, maskId);
  if (!found.ok) return found;
  const { record, operations } = found.value;
  const size = createMaskBitmap(record.get('width') as number, record.get('height') as number);
  if (!size.ok) return size;
  const entries = operations.toArray();
  const prefixes = new Map<number, number[]>();
  const closed = new Set<number>();
  entries.forEach((entry, index) => {
    const parsed = maskOperationSchema.safeParse(entry);
    if (!parsed.success) return;
    const { frame, atMs } = parsed.data;
    if (closed.has(frame)) return;
    if (atMs >= horizonMs) closed.add(frame);
    else prefixes.set(frame, [...(prefixes.get(frame) ?? []), index]);
  });
  const folds = [...prefixes].filter(([, indices]) => indices.length > 1);
  if (folds.length === 0) return ok(0);
  let folded = 0;
  doc.transact(() => {
    for (const [frame, indices] of folds) {
      const result = createMaskBitmap(size.value.width, size.value.height);
      if (!result.ok) return;
      for (const index of indices) {
        applyMaskOperation(result.value, maskOperationSchema.parse(entries[index]));
      }
      // Earlier folds moved items: find this fold's entries where they are now.
      const current = operations.toArray();
      const positions = indices
        .map((index) => current.indexOf(entries[index]))
        .sort((left, right) => right - left);
      for (const position of positions) operations.delete(position, 1);
      operations.insert(positions.at(-1) as number, [compactedRegion(result.value, frame, stamp)]);
      folded += indices.length;
    }
  }, origin);
  return ok(folded);
}
