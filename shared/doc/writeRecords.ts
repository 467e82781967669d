import * as Y from 'yjs';
import type { Box } from '../schema/box.ts';
import type { Keyframe } from '../schema/keyframe.ts';
import { MAX_FRAME_INDEX } from '../schema/keyframe.ts';
import type { YRecord } from './layerRoots.ts';
import { objectsOf } from './layerRoots.ts';
import { baseKeyframesOf, holdsFrame, readKeyframes } from './readKeyframes.ts';
import { FIELD_KEYFRAMES } from './roots.ts';
import type { Author } from './writeRecordBase.ts';
import { writeRecordBase } from './writeRecordBase.ts';

export type { Author } from './writeRecordBase.ts';

/** What a new track starts with. */
export interface NewTrack {
  id: string;
  labelId: string | null;
  frame: number;
  box: Box;
}

/** What a new segment starts with. */
export interface NewSegment {
  id: string;
  tierId: string;
  startMs: number;
  endMs: number;
  labelId: string | null;
  speaker: string | null;
  value?: string | null;
}

/** Fields of a segment a person edits. */
export type SegmentPatch = Partial<
  Pick<NewSegment, 'startMs' | 'endMs' | 'labelId' | 'speaker' | 'value'>
>;

function checkFrame(frame: number): void {
  if (!Number.isInteger(frame) || frame < 0 || frame > MAX_FRAME_INDEX) {
    throw new RangeError(`frame ${frame} is not a frame index between 0 and ${MAX_FRAME_INDEX}`);
  }
}

function checkTimeRange(startMs: number, endMs: number): void {
  if (!Number.isInteger(startMs) || !Number.isInteger(endMs) || startMs < 0 || endMs < startMs) {
    throw new RangeError(
      `segment ${startMs}–${endMs} ms is not a range of whole milliseconds from 0`,
    );
  }
}

function recordOf(doc: Y.Doc, id: string): YRecord | undefined {
  const record = objectsOf(doc).get(id);
  return record instanceof Y.Map ? record : undefined;
}

/** Creates a track with its first keyframe (in the overlay; a drawn track has no base), in one transaction. */
export function createTrack(doc: Y.Doc, track: NewTrack, author: Author, origin: unknown): void {
  checkFrame(track.frame);
  doc.transact(() => {
    const record: YRecord = new Y.Map();
    objectsOf(doc).set(track.id, record);
    writeRecordBase(record, track.id, 'track', track.labelId, author);
    const keyframes = new Y.Map<Keyframe | null>();
    record.set(FIELD_KEYFRAMES, keyframes);
    keyframes.set(String(track.frame), { box: { ...track.box }, outside: false });
  }, origin);
}

/** Sets (adds or replaces) the keyframe of a track at a frame, in the overlay that wins over the base. */
export function setKeyframe(
  doc: Y.Doc,
  trackId: string,
  frame: number,
  keyframe: Keyframe,
  author: Author,
  origin: unknown,
): boolean {
  checkFrame(frame);
  const record = recordOf(doc, trackId);
  const keyframes = record?.get(FIELD_KEYFRAMES);
  if (!record || !(keyframes instanceof Y.Map)) return false;
  doc.transact(() => {
    keyframes.set(String(frame), { box: { ...keyframe.box }, outside: keyframe.outside });
    record.set('updatedBy', author.userId);
  }, origin);
  return true;
}

/**
 * Removes a track's keyframe at a frame; the last keyframe of a track is kept. A keyframe of the
 * base is hidden by a null overlay entry, an edit that exists only in the overlay is removed.
 */
export function deleteKeyframe(
  doc: Y.Doc,
  trackId: string,
  frame: number,
  author: Author,
  origin: unknown,
): boolean {
  const record = recordOf(doc, trackId);
  const overlay = record?.get(FIELD_KEYFRAMES);
  if (!record || !(overlay instanceof Y.Map)) return false;
  const keyframes = readKeyframes(trackId, record, []);
  if (keyframes.length <= 1 || !holdsFrame(keyframes, frame)) return false;
  const base = baseKeyframesOf(record);
  const hidesBase = base.ok && holdsFrame(base.value, frame);
  doc.transact(() => {
    if (hidesBase) overlay.set(String(frame), null);
    else overlay.delete(String(frame));
    record.set('updatedBy', author.userId);
  }, origin);
  return true;
}

/** Creates a segment on a tier. */
export function createSegment(
  doc: Y.Doc,
  segment: NewSegment,
  author: Author,
  origin: unknown,
): void {
  checkTimeRange(segment.startMs, segment.endMs);
  doc.transact(() => {
    const record: YRecord = new Y.Map();
    objectsOf(doc).set(segment.id, record);
    writeRecordBase(record, segment.id, 'segment', segment.labelId, author);
    record.set('tierId', segment.tierId);
    record.set('startMs', segment.startMs);
    record.set('endMs', segment.endMs);
    record.set('speaker', segment.speaker);
    record.set('value', segment.value ?? null);
  }, origin);
}

/** Changes fields of a segment; each field is last-writer-wins on its own. */
export function updateSegment(
  doc: Y.Doc,
  segmentId: string,
  patch: SegmentPatch,
  author: Author,
  origin: unknown,
): boolean {
  const record = recordOf(doc, segmentId);
  if (!record || record.get('kind') !== 'segment') return false;
  if (patch.startMs !== undefined || patch.endMs !== undefined) {
    // Only a patch that moves an end is checked: concurrent edits may have crossed the stored ends.
    checkTimeRange(
      patch.startMs ?? (record.get('startMs') as number),
      patch.endMs ?? (record.get('endMs') as number),
    );
  }
  doc.transact(() => {
    for (const [field, value] of Object.entries(patch)) {
      if (value !== undefined && record.get(field) !== value) record.set(field, value);
    }
    record.set('updatedBy', author.userId);
  }, origin);
  return true;
}

/** Sets the label of any record. */
export function setLabel(
  doc: Y.Doc,
  recordId: string,
  labelId: string | null,
  author: Author,
  origin: unknown,
): boolean {
  const record = recordOf(doc, recordId);
  if (!record) return false;
  doc.transact(() => {
    record.set('labelId', labelId);
    record.set('updatedBy', author.userId);
  }, origin);
  return true;
}

/** Deletes a record (track, segment, …) and everything nested in it. */
export function deleteRecord(doc: Y.Doc, recordId: string, origin: unknown): boolean {
  const objects = objectsOf(doc);
  if (!objects.has(recordId)) return false;
  doc.transact(() => objects.delete(recordId), origin);
  return true;
}
