import * as Y from 'yjs';
import type { KeyframeView } from '../../shared/doc/readLayer.ts';
import { FIELD_KEYFRAMES } from '../../shared/doc/roots.ts';
import type { YRecord } from '../../shared/doc/layerRoots.ts';
import { keyframeSchema } from '../../shared/schema/keyframe.ts';

/** A track record's readable keyframes, sorted by frame; malformed entries are skipped as readLayer does. */
export function readTrackKeyframes(record: YRecord): KeyframeView[] {
  const stored = record.get(FIELD_KEYFRAMES);
  if (!(stored instanceof Y.Map)) return [];
  const keyframes: KeyframeView[] = [];
  for (const [key, value] of stored.entries()) {
    const frame = Number(key);
    const parsed = keyframeSchema.safeParse(value);
    if (Number.isInteger(frame) && String(frame) === key && parsed.success) {
      keyframes.push({ frame, box: parsed.data.box, outside: parsed.data.outside });
    }
  }
  return keyframes.sort((left, right) => left.frame - right.frame);
}
