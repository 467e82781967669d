import * as Y from 'yjs';
import type { FramedKeyframe, Keyframe } from '../schema/keyframe.ts';
import { keyframeSchema } from '../schema/keyframe.ts';
import type { Result } from '../schema/result.ts';
import { fail, ok } from '../schema/result.ts';
import { frameOfKey } from './frameOfKey.ts';
import { decodeKeyframeBase, keyframeBaseFrames } from './keyframeBase.ts';
import type { YRecord } from './layerRoots.ts';
import type { KeyframeView, Violation } from './readLayer.ts';
import { FIELD_KEYFRAME_BASE, FIELD_KEYFRAMES } from './roots.ts';

const NO_KEYFRAMES: readonly FramedKeyframe[] = Object.freeze([]);

// A base never changes once written, so each stored array is decoded once per replica.
const decodedBases = new WeakMap<Uint8Array, Result<readonly FramedKeyframe[]>>();

/** A track's base keyframes, sorted by frame; a track without a base has none. */
export function baseKeyframesOf(record: YRecord): Result<readonly FramedKeyframe[]> {
  const stored = record.get(FIELD_KEYFRAME_BASE);
  if (stored === undefined || stored === null) return ok(NO_KEYFRAMES);
  if (!(stored instanceof Uint8Array)) return fail('the keyframe base is not binary');
  let decoded = decodedBases.get(stored);
  if (!decoded) {
    const result = decodeKeyframeBase(stored);
    decoded = result.ok ? ok(Object.freeze(result.value)) : result;
    decodedBases.set(stored, decoded);
  }
  return decoded;
}

/** How readKeyframes treats a track's base: decode it, or only check it (see readLayer). */
export type BaseReading = 'decode' | 'check';

const checkedBases = new WeakMap<Uint8Array, Result<readonly number[]>>();

/** A track's base frames, sorted, without building its keyframes. */
function baseFramesOf(record: YRecord): Result<readonly number[]> {
  const stored = record.get(FIELD_KEYFRAME_BASE);
  if (stored === undefined || stored === null) return ok([]);
  if (!(stored instanceof Uint8Array)) return fail('the keyframe base is not binary');
  const known = decodedBases.get(stored);
  if (known) return known.ok ? ok(known.value.map((keyframe) => keyframe.frame)) : known;
  let checked = checkedBases.get(stored);
  if (!checked) {
    checked = keyframeBaseFrames(stored);
    checkedBases.set(stored, checked);
  }
  return checked;
}

function sortedHolds(sorted: readonly number[], value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = sorted[middle] as number;
    if (found === value) return true;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** True when the sorted keyframes hold one at `frame`. */
export function holdsFrame(keyframes: readonly FramedKeyframe[], frame: number): boolean {
  let low = 0;
  let high = keyframes.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = (keyframes[middle] as FramedKeyframe).frame;
    if (found === frame) return true;
    if (found < frame) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** An overlay entry as read: a keyframe, or null for a deletion of the base keyframe beneath. */
type OverlayEdit = [frame: number, keyframe: Keyframe | null];

function readOverlay(trackId: string, overlay: Y.Map<unknown>, violations: Violation[]) {
  const edits: OverlayEdit[] = [];
  let unreadable = 0;
  const report = (message: string) => {
    unreadable += 1;
    violations.push({ recordId: trackId, field: FIELD_KEYFRAMES, message });
  };
  for (const [key, value] of overlay.entries()) {
    const frame = frameOfKey(key);
    const parsed = value === null ? null : keyframeSchema.safeParse(value);
    if (frame === null) {
      report(
        `keyframe key ${JSON.stringify(key)} of track ${trackId} is not a frame index; ignored`,
      );
    } else if (parsed === null) {
      edits.push([frame, null]);
    } else if (!parsed.success) {
      report(`keyframe at frame ${frame} of track ${trackId} is malformed; ignored`);
    } else {
      edits.push([frame, { box: parsed.data.box, outside: parsed.data.outside }]);
    }
  }
  edits.sort((left, right) => left[0] - right[0]);
  return { edits, unreadable };
}

function merge(base: readonly FramedKeyframe[], edits: readonly OverlayEdit[]): KeyframeView[] {
  const merged: KeyframeView[] = [];
  let baseIndex = 0;
  for (const [frame, keyframe] of edits) {
    while (baseIndex < base.length && (base[baseIndex] as FramedKeyframe).frame < frame) {
      merged.push(base[baseIndex++] as FramedKeyframe);
    }
    if (baseIndex < base.length && (base[baseIndex] as FramedKeyframe).frame === frame) {
      baseIndex += 1;
    }
    if (keyframe) merged.push({ frame, box: keyframe.box, outside: keyframe.outside });
  }
  while (baseIndex < base.length) merged.push(base[baseIndex++] as FramedKeyframe);
  return merged;
}

function reportBaseProblem(trackId: string, problem: string, violations: Violation[]): void {
  violations.push({
    recordId: trackId,
    field: FIELD_KEYFRAME_BASE,
    message: `${problem} on track ${trackId}; its base keyframes are left out`,
  });
}

/**
 * A track's keyframes sorted by frame: its base with the overlay of edits winning over it, where a
 * null overlay entry deletes the base keyframe beneath. Malformed entries are reported and ignored.
 * With `baseReading` 'check', the base is validated but not decoded, and only the overlay's
 * keyframes are returned; the violations are the same.
 */
export function readKeyframes(
  trackId: string,
  record: YRecord,
  violations: Violation[],
  baseReading: BaseReading = 'decode',
): readonly KeyframeView[] {
  const base = baseReading === 'decode' ? baseKeyframesOf(record) : null;
  const baseFrames = baseReading === 'check' ? baseFramesOf(record) : null;
  const baseError =
    base && !base.ok ? base.error : baseFrames && !baseFrames.ok ? baseFrames.error : null;
  if (baseError !== null) reportBaseProblem(trackId, baseError, violations);
  const baseKeyframes = base?.ok ? base.value : NO_KEYFRAMES;
  const checkedFrames = baseFrames?.ok ? baseFrames.value : [];
  const overlay = record.get(FIELD_KEYFRAMES);
  if (!(overlay instanceof Y.Map)) {
    violations.push({
      recordId: trackId,
      field: FIELD_KEYFRAMES,
      message: `track ${trackId} has no keyframe map`,
    });
    return baseKeyframes;
  }
  if (overlay.size === 0) return baseKeyframes;
  const { edits, unreadable } = readOverlay(trackId, overlay, violations);
  const keyframes = merge(baseKeyframes, edits);
  let count = keyframes.length;
  if (baseReading === 'check') {
    count += checkedFrames.length;
    // Every overlay entry on a base frame replaces or deletes that base keyframe.
    for (const [frame] of edits) if (sortedHolds(checkedFrames, frame)) count -= 1;
  }
  if (count === 0 && unreadable > 0) {
    violations.push({
      recordId: trackId,
      field: FIELD_KEYFRAMES,
      message: `track ${trackId} has no readable keyframe`,
    });
  }
  return keyframes;
}
