import * as Y from 'yjs';
import type { FramedKeyframe, Keyframe } from '../schema/keyframe.ts';
import { sourceSchema } from '../schema/recordBase.ts';
import type { Result } from '../schema/result.ts';
import { fail, ok } from '../schema/result.ts';
import { encodeKeyframeBase } from './keyframeBase.ts';
import type { YRecord } from './layerRoots.ts';
import { objectsOf } from './layerRoots.ts';
import { FIELD_KEYFRAME_BASE, FIELD_KEYFRAMES } from './roots.ts';
import type { Author } from './writeRecordBase.ts';
import { writeRecordBase } from './writeRecordBase.ts';

/** A track as an import brings it: dense keyframes sorted by frame, and where they came from. */
export interface ImportedTrack {
  id: string;
  labelId: string | null;
  /** `human`, or `model.<name>` for predictions. */
  source: string;
  keyframes: readonly FramedKeyframe[];
}

/**
 * Creates a track whose keyframes are written once, as its immutable binary base, with an empty
 * overlay for the edits people make later; in one transaction, or not at all.
 */
export function importTrack(
  doc: Y.Doc,
  track: ImportedTrack,
  author: Author,
  origin: unknown,
): Result<true> {
  if (!sourceSchema.safeParse(track.source).success) {
    return fail(
      `track ${track.id} has source ${JSON.stringify(track.source)}; expected human or model.<name>`,
    );
  }
  if (track.keyframes.length === 0) return fail(`track ${track.id} has no keyframe to import`);
  const base = encodeKeyframeBase(track.keyframes);
  if (!base.ok) return fail(`track ${track.id}: ${base.error}`);
  doc.transact(() => {
    const record: YRecord = new Y.Map();
    objectsOf(doc).set(track.id, record);
    writeRecordBase(record, track.id, 'track', track.labelId, author, track.source);
    record.set(FIELD_KEYFRAMES, new Y.Map<Keyframe | null>());
    record.set(FIELD_KEYFRAME_BASE, base.value);
  }, origin);
  return ok(true);
}
