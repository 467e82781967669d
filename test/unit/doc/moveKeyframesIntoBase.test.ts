import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { objectsOf } from '../../../shared/doc/layerRoots.ts';
import { moveKeyframesIntoBase } from '../../../shared/doc/moveKeyframesIntoBase.ts';
import { LOCAL_ORIGIN, SERVER_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { FIELD_KEYFRAME_BASE, FIELD_KEYFRAMES } from '../../../shared/doc/roots.ts';
import { createTrack, setKeyframe } from '../../../shared/doc/writeRecords.ts';
import { migrateRecord } from '../../../shared/migrations/migrateRecord.ts';
import { trackMigrations } from '../../../shared/schema/track.ts';

const ann = { userId: 'ann', nowMs: 1_700_000_000_000 };

function boxAt(frame: number) {
  return { x: frame + 0.25, y: 10, w: 30, h: 40 };
}

/** A track as the previous build stored it: every keyframe an entry of its keyframe map. */
function oldShapeDoc(): Y.Doc {
  const doc = new Y.Doc();
  createTrack(doc, { id: 'car', labelId: null, frame: 0, box: boxAt(0) }, ann, LOCAL_ORIGIN);
  for (let frame = 1; frame < 30; frame += 1) {
    setKeyframe(doc, 'car', frame, { box: boxAt(frame), outside: frame > 25 }, ann, LOCAL_ORIGIN);
  }
  const keyframes = objectsOf(doc).get('car')?.get(FIELD_KEYFRAMES) as Y.Map<unknown>;
  keyframes.set('007', { box: boxAt(7), outside: false });
  keyframes.set('31', { box: 'wide', outside: false });
  keyframes.set('32', { box: boxAt(32), outside: false, occluded: true });
  return doc;
}

function move(doc: Y.Doc): boolean {
  let moved = false;
  doc.transact(
    () => (moved = moveKeyframesIntoBase(objectsOf(doc).get('car') as Y.Map<unknown>)),
    SERVER_ORIGIN,
  );
  return moved;
}

describe('moving a track’s keyframes into a base', () => {
  it('reads the same keyframes and the same violations afterwards', () => {
    const doc = oldShapeDoc();
    const before = readLayer(doc);
    expect(move(doc)).toBe(true);
    expect(readLayer(doc)).toEqual(before);
    expect(before.tracks[0]?.keyframes).toHaveLength(31);
    expect(before.violations.map((violation) => violation.message)).toEqual([
      'keyframe at frame 31 of track car is malformed; ignored',
      'keyframe key "007" of track car is not a frame index; ignored',
    ]);
  });

  it('leaves in the overlay only what a base cannot hold: odd keys, malformed and unknown fields', () => {
    const doc = oldShapeDoc();
    move(doc);
    const record = objectsOf(doc).get('car');
    expect(record?.get(FIELD_KEYFRAME_BASE)).toBeInstanceOf(Uint8Array);
    expect(Object.keys((record?.get(FIELD_KEYFRAMES) as Y.Map<unknown>).toJSON()).sort()).toEqual([
      '007',
      '31',
      '32',
    ]);
  });

  it('does nothing the second time, so running it again writes no update', () => {
    const doc = oldShapeDoc();
    move(doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    expect(move(doc)).toBe(false);
    expect(updates).toEqual([]);
  });

  it('keeps a keyframe someone set on the old shape while the move ran, over the base', () => {
    const server = oldShapeDoc();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    move(server);
    const edited = { box: { x: 500, y: 500, w: 5, h: 5 }, outside: false };
    (objectsOf(client).get('car')?.get(FIELD_KEYFRAMES) as Y.Map<unknown>).set('12', edited);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)));
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)));
    for (const doc of [server, client]) {
      const keyframes = readLayer(doc).tracks[0]?.keyframes ?? [];
      expect(keyframes.find((keyframe) => keyframe.frame === 12)).toEqual({ frame: 12, ...edited });
      expect(keyframes).toHaveLength(31);
    }
  });

  it('does in place exactly what the AddKeyframeBase migration does to the record as JSON', () => {
    const doc = oldShapeDoc();
    const record = objectsOf(doc).get('car') as Y.Map<unknown>;
    const migrated = migrateRecord(trackMigrations, record.toJSON(), 0);
    move(doc);
    expect(migrated).toEqual({ ok: true, value: record.toJSON() });
  });

  it('leaves a track with no readable keyframe as it is', () => {
    const doc = new Y.Doc();
    createTrack(doc, { id: 'car', labelId: null, frame: 0, box: boxAt(0) }, ann, LOCAL_ORIGIN);
    (objectsOf(doc).get('car')?.get(FIELD_KEYFRAMES) as Y.Map<unknown>).set('0', { box: null });
    expect(move(doc)).toBe(false);
    expect(objectsOf(doc).get('car')?.has(FIELD_KEYFRAME_BASE)).toBe(false);
  });
});
