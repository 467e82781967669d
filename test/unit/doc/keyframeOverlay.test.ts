import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { importTrack } from '../../../shared/doc/importTrack.ts';
import { objectsOf } from '../../../shared/doc/layerRoots.ts';
import { LOCAL_ORIGIN, REMOTE_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { FIELD_KEYFRAME_BASE, FIELD_KEYFRAMES } from '../../../shared/doc/roots.ts';
import { deleteKeyframe, setKeyframe } from '../../../shared/doc/writeRecords.ts';
import type { FramedKeyframe } from '../../../shared/schema/keyframe.ts';

const importer = { userId: 'importer', nowMs: 1_700_000_000_000 };
const ann = { userId: 'ann', nowMs: 1_700_000_000_001 };

function boxAt(frame: number) {
  return { x: frame, y: 2 * frame, w: 30, h: 40 };
}

function dense(fromFrame: number, toFrame: number): FramedKeyframe[] {
  return Array.from({ length: toFrame - fromFrame + 1 }, (_, index) => ({
    frame: fromFrame + index,
    box: boxAt(fromFrame + index),
    outside: false,
  }));
}

function importedDoc(keyframes = dense(0, 9)): Y.Doc {
  const doc = new Y.Doc();
  const imported = importTrack(
    doc,
    { id: 'car', labelId: 'car', source: 'model.tracker', keyframes },
    importer,
    REMOTE_ORIGIN,
  );
  if (!imported.ok) throw new Error(imported.error);
  return doc;
}

function framesOf(doc: Y.Doc): number[] {
  return readLayer(doc).tracks[0]?.keyframes.map((keyframe) => keyframe.frame) ?? [];
}

function overlayOf(doc: Y.Doc): Y.Map<unknown> {
  return objectsOf(doc).get('car')?.get(FIELD_KEYFRAMES) as Y.Map<unknown>;
}

describe('an imported track', () => {
  it('stores its keyframes as one binary base under an empty overlay, with its provenance', () => {
    const doc = importedDoc();
    const record = objectsOf(doc).get('car');
    expect(record?.get(FIELD_KEYFRAME_BASE)).toBeInstanceOf(Uint8Array);
    expect(overlayOf(doc).size).toBe(0);
    expect(readLayer(doc)).toMatchObject({
      tracks: [{ id: 'car', labelId: 'car', createdBy: 'importer', keyframes: dense(0, 9) }],
      violations: [],
    });
    expect(record?.get('source')).toBe('model.tracker');
  });

  it('reads an edit of a base keyframe and a new keyframe from the overlay', () => {
    const doc = importedDoc();
    const moved = { box: { x: 99, y: 99, w: 30, h: 40 }, outside: true };
    setKeyframe(doc, 'car', 4, moved, ann, LOCAL_ORIGIN);
    setKeyframe(doc, 'car', 20, moved, ann, LOCAL_ORIGIN);
    const keyframes = readLayer(doc).tracks[0]?.keyframes ?? [];
    expect(keyframes.find((keyframe) => keyframe.frame === 4)).toEqual({ frame: 4, ...moved });
    expect(keyframes.map((keyframe) => keyframe.frame)).toEqual([
      ...dense(0, 9).map((k) => k.frame),
      20,
    ]);
    expect(overlayOf(doc).size).toBe(2);
  });

  it('hides a deleted base keyframe with a null overlay entry and removes an overlay-only one', () => {
    const doc = importedDoc();
    setKeyframe(doc, 'car', 20, { box: boxAt(20), outside: false }, ann, LOCAL_ORIGIN);
    expect(deleteKeyframe(doc, 'car', 3, ann, LOCAL_ORIGIN)).toBe(true);
    expect(deleteKeyframe(doc, 'car', 20, ann, LOCAL_ORIGIN)).toBe(true);
    expect(overlayOf(doc).toJSON()).toEqual({ 3: null });
    expect(framesOf(doc)).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 9]);
    expect(deleteKeyframe(doc, 'car', 3, ann, LOCAL_ORIGIN)).toBe(false);
  });

  it('brings a deleted base keyframe back when someone sets that frame again', () => {
    const doc = importedDoc();
    deleteKeyframe(doc, 'car', 3, ann, LOCAL_ORIGIN);
    setKeyframe(doc, 'car', 3, { box: boxAt(30), outside: false }, ann, LOCAL_ORIGIN);
    expect(readLayer(doc).tracks[0]?.keyframes[3]).toEqual({
      frame: 3,
      box: boxAt(30),
      outside: false,
    });
  });

  it('keeps the last readable keyframe, counting base and overlay together', () => {
    const doc = importedDoc(dense(0, 1));
    expect(deleteKeyframe(doc, 'car', 0, ann, LOCAL_ORIGIN)).toBe(true);
    expect(deleteKeyframe(doc, 'car', 1, ann, LOCAL_ORIGIN)).toBe(false);
    expect(framesOf(doc)).toEqual([1]);
  });

  it('keeps both edits when two people change different keyframes of it at once', () => {
    const left = importedDoc(dense(0, 99));
    const right = new Y.Doc();
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    setKeyframe(left, 'car', 10, { box: boxAt(1_000), outside: false }, ann, LOCAL_ORIGIN);
    deleteKeyframe(left, 'car', 11, ann, LOCAL_ORIGIN);
    setKeyframe(right, 'car', 50, { box: boxAt(5_000), outside: true }, ann, LOCAL_ORIGIN);
    deleteKeyframe(right, 'car', 51, ann, LOCAL_ORIGIN);
    Y.applyUpdate(left, Y.encodeStateAsUpdate(right, Y.encodeStateVector(left)));
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left, Y.encodeStateVector(right)));
    for (const doc of [left, right]) {
      const keyframes = readLayer(doc).tracks[0]?.keyframes ?? [];
      expect(keyframes.find((keyframe) => keyframe.frame === 10)?.box).toEqual(boxAt(1_000));
      expect(keyframes.find((keyframe) => keyframe.frame === 50)?.outside).toBe(true);
      expect(keyframes.some((keyframe) => keyframe.frame === 11 || keyframe.frame === 51)).toBe(
        false,
      );
      expect(keyframes).toHaveLength(98);
    }
  });

  it('is refused, writing nothing, without keyframes, with a bad source or with unsorted frames', () => {
    const doc = new Y.Doc();
    const track = { id: 't', labelId: null, source: 'model.x', keyframes: dense(0, 2) };
    const refusals = [
      importTrack(doc, { ...track, keyframes: [] }, importer, null),
      importTrack(doc, { ...track, source: 'robot' }, importer, null),
      importTrack(doc, { ...track, keyframes: dense(0, 2).reverse() }, importer, null),
    ];
    expect(refusals.map((result) => (result.ok ? 'ok' : result.error))).toEqual([
      'track t has no keyframe to import',
      'track t has source "robot"; expected human or model.<name>',
      expect.stringMatching(/^track t: cannot encode the keyframe base: frame 1/),
    ]);
    expect(objectsOf(doc).size).toBe(0);
  });
});

describe('reading a track whose base is damaged', () => {
  it('reports the base, leaves its keyframes out and still reads the overlay', () => {
    const doc = importedDoc();
    setKeyframe(doc, 'car', 20, { box: boxAt(20), outside: false }, ann, LOCAL_ORIGIN);
    objectsOf(doc)
      .get('car')
      ?.set(FIELD_KEYFRAME_BASE, new Uint8Array([1, 200]));
    const reading = readLayer(doc);
    expect(reading.tracks[0]?.keyframes.map((keyframe) => keyframe.frame)).toEqual([20]);
    expect(reading.violations).toEqual([
      {
        recordId: 'car',
        field: FIELD_KEYFRAME_BASE,
        message: expect.stringMatching(
          /^keyframe base cannot be read: .* on track car; its base keyframes are left out$/,
        ),
      },
    ]);
  });

  it('reports a base that is not binary', () => {
    const doc = importedDoc();
    objectsOf(doc).get('car')?.set(FIELD_KEYFRAME_BASE, 'AAEC');
    expect(readLayer(doc).violations[0]?.message).toBe(
      'the keyframe base is not binary on track car; its base keyframes are left out',
    );
  });
});
