import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { importTrack } from '../../shared/doc/importTrack.ts';
import { objectsOf } from '../../shared/doc/layerRoots.ts';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { readLayer } from '../../shared/doc/readLayer.ts';
import { FIELD_KEYFRAME_BASE, FIELD_KEYFRAMES } from '../../shared/doc/roots.ts';

const AUTHOR = { userId: 'importer', nowMs: 1_700_000_000_000 };

/** What one overlay entry is set to: a keyframe, a deletion, or something no reader accepts. */
const overlayEntry = fc.oneof(
  fc.record({ frame: fc.nat({ max: 24 }), value: fc.constant<'keyframe'>('keyframe') }),
  fc.record({ frame: fc.nat({ max: 24 }), value: fc.constant<'delete'>('delete') }),
  fc.record({ frame: fc.nat({ max: 24 }), value: fc.constant<'malformed'>('malformed') }),
  fc.record({ frame: fc.constant(-1), value: fc.constant<'bad key'>('bad key') }),
);

type Damage =
  { kind: 'flip'; at: number; byte: number } | { kind: 'cut'; at: number } | { kind: 'text' };

/** How the stored base is damaged, if at all. */
const damage: fc.Arbitrary<Damage | null> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  fc.record({ kind: fc.constant<'flip'>('flip'), at: fc.nat(), byte: fc.nat({ max: 255 }) }),
  fc.record({ kind: fc.constant<'cut'>('cut'), at: fc.nat() }),
  fc.record({ kind: fc.constant<'text'>('text') }),
);

function damaged(bytes: Uint8Array, change: Damage | null): Uint8Array | string {
  if (change === null) return bytes;
  if (change.kind === 'text') return 'not bytes';
  const at = change.at % bytes.byteLength;
  if (change.kind === 'cut') return bytes.slice(0, at);
  const copy = bytes.slice();
  copy[at] = change.byte;
  return copy;
}

describe('reading a layer for its violations alone', () => {
  it('reports exactly what a full reading reports, whatever the base and overlay hold', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: 20 }), { minLength: 1, maxLength: 12 }),
        damage,
        fc.array(overlayEntry, { maxLength: 12 }),
        (baseFrames, baseDamage, entries) => {
          const doc = new Y.Doc();
          const keyframes = [...baseFrames]
            .sort((left, right) => left - right)
            .map((frame) => ({ frame, box: { x: frame, y: 1, w: 2, h: 3 }, outside: false }));
          const track = { id: 't', labelId: null, source: 'model.tracker', keyframes };
          const imported = importTrack(doc, track, AUTHOR, LOCAL_ORIGIN);
          if (!imported.ok) throw new Error(imported.error);
          const record = objectsOf(doc).get('t') as Y.Map<unknown>;
          const stored = record.get(FIELD_KEYFRAME_BASE);
          if (stored instanceof Uint8Array)
            record.set(FIELD_KEYFRAME_BASE, damaged(stored, baseDamage));
          const overlay = record.get(FIELD_KEYFRAMES) as Y.Map<unknown>;
          for (const { frame, value } of entries) {
            const key = value === 'bad key' ? 'x' : String(frame);
            if (value === 'keyframe')
              overlay.set(key, { box: { x: 1, y: 1, w: 1, h: 1 }, outside: false });
            else if (value === 'delete') overlay.set(key, null);
            else overlay.set(key, { box: 'not a box' });
          }
          const full = readLayer(doc).violations;
          expect(readLayer(doc, { baseKeyframes: 'check' }).violations).toEqual(full);
        },
      ),
      { numRuns: 400 },
    );
  });
});
