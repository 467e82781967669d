import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { objectsOf } from '../../shared/doc/layerRoots.ts';
import { moveKeyframesIntoBase } from '../../shared/doc/moveKeyframesIntoBase.ts';
import { LOCAL_ORIGIN, SERVER_ORIGIN } from '../../shared/doc/origins.ts';
import { readLayer } from '../../shared/doc/readLayer.ts';
import { FIELD_KEYFRAMES } from '../../shared/doc/roots.ts';
import { createTrack } from '../../shared/doc/writeRecords.ts';
import { migrateRecord } from '../../shared/migrations/migrateRecord.ts';
import { MAX_FRAME_INDEX } from '../../shared/schema/keyframe.ts';
import { trackMigrations } from '../../shared/schema/track.ts';

const number = fc.oneof(
  fc.integer({ min: -2_000, max: 2_000 }),
  fc.integer({ min: -200_000, max: 200_000 }).map((cents) => cents / 100),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
// Yjs stores only plain objects, as JSON parsing makes them.
const plain = { noNullPrototype: true } as const;
const box = fc.record(
  { x: number, y: number, w: number.map(Math.abs), h: number.map(Math.abs) },
  plain,
);

/** What a keyframe map of the previous build can hold: keyframes, and the odd thing a bad client wrote. */
const storedValue = fc.oneof(
  { weight: 8, arbitrary: fc.record({ box, outside: fc.boolean() }, plain) },
  fc.record({ box, outside: fc.boolean(), occluded: fc.boolean() }, plain),
  fc.record(
    {
      box: fc.record({ x: number, y: number, w: fc.constant(-1), h: number }, plain),
      outside: fc.boolean(),
    },
    plain,
  ),
  fc.constantFrom('box', 7, [1, 2], { outside: true }),
);
const storedKey = fc.oneof(
  { weight: 8, arbitrary: fc.nat({ max: 3_000 }).map(String) },
  fc.constantFrom('007', '-1', '1.5', 'x', String(MAX_FRAME_INDEX), String(MAX_FRAME_INDEX + 1)),
);
const oldTracks = fc.array(fc.dictionary(storedKey, storedValue, { maxKeys: 40, ...plain }), {
  minLength: 1,
  maxLength: 4,
});

function oldShapeDoc(tracks: ReadonlyArray<Record<string, unknown>>): Y.Doc {
  const doc = new Y.Doc();
  const author = { userId: 'ann', nowMs: 1_700_000_000_000 };
  tracks.forEach((entries, index) => {
    const box = { x: 0, y: 0, w: 1, h: 1 };
    createTrack(doc, { id: `t${index}`, labelId: null, frame: 0, box }, author, LOCAL_ORIGIN);
    const keyframes = objectsOf(doc).get(`t${index}`)?.get(FIELD_KEYFRAMES) as Y.Map<unknown>;
    keyframes.delete('0');
    for (const [key, value] of Object.entries(entries)) keyframes.set(key, value);
  });
  return doc;
}

function moveAll(doc: Y.Doc): boolean[] {
  const moved: boolean[] = [];
  doc.transact(() => {
    for (const record of objectsOf(doc).values()) moved.push(moveKeyframesIntoBase(record));
  }, SERVER_ORIGIN);
  return moved;
}

describe('moving keyframes of previous-build tracks into a base', () => {
  it('leaves the reading of the layer exactly as it was, violations included', () => {
    fc.assert(
      fc.property(oldTracks, (tracks) => {
        const doc = oldShapeDoc(tracks);
        const before = readLayer(doc);
        moveAll(doc);
        expect(readLayer(doc)).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('matches the AddKeyframeBase migration of each record as JSON, and is idempotent', () => {
    fc.assert(
      fc.property(oldTracks, (tracks) => {
        const doc = oldShapeDoc(tracks);
        const records = [...objectsOf(doc).values()];
        const migrated = records.map((record) =>
          migrateRecord(trackMigrations, record.toJSON(), 0),
        );
        moveAll(doc);
        expect(migrated).toEqual(records.map((record) => ({ ok: true, value: record.toJSON() })));
        const stateVector = Y.encodeStateVector(doc);
        expect(moveAll(doc).some(Boolean)).toBe(false);
        expect(Y.encodeStateVector(doc)).toEqual(stateVector);
      }),
      { numRuns: 200 },
    );
  });
});
