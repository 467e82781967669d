import * as Y from 'yjs';
import { encodeKeyframeBase } from './keyframeBase.ts';
import type { YRecord } from './layerRoots.ts';
import { planKeyframeBase } from './planKeyframeBase.ts';
import { FIELD_KEYFRAME_BASE, FIELD_KEYFRAMES } from './roots.ts';

/**
 * Moves a track's well-formed keyframes out of its keyframe map into a new base, in place: the map
 * stays the same Y.Map (now the overlay) and only loses the moved entries, so an edit someone made
 * to it concurrently survives and wins over the base. A track that has a base is left alone, which
 * makes the move idempotent. Returns whether it wrote anything; call it inside a transaction.
 */
export function moveKeyframesIntoBase(record: YRecord): boolean {
  if (record.get('kind') !== 'track' || record.has(FIELD_KEYFRAME_BASE)) return false;
  const overlay = record.get(FIELD_KEYFRAMES);
  if (!(overlay instanceof Y.Map)) return false;
  const plan = planKeyframeBase(overlay.entries());
  if (plan.keyframes.length === 0) return false;
  const base = encodeKeyframeBase(plan.keyframes);
  // The plan holds only well-formed keyframes, so this is unreachable; leaving the track as it is is safe.
  if (!base.ok) return false;
  record.set(FIELD_KEYFRAME_BASE, base.value);
  for (const key of plan.movedKeys) overlay.delete(key);
  return true;
}
