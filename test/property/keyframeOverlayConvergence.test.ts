import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { importTrack } from '../../shared/doc/importTrack.ts';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import type { KeyframeView } from '../../shared/doc/readLayer.ts';
import { readLayer } from '../../shared/doc/readLayer.ts';
import { createSegment, deleteKeyframe, setKeyframe } from '../../shared/doc/writeRecords.ts';
import type { FramedKeyframe } from '../../shared/schema/keyframe.ts';
import { applyTranscriptEdit, UTTERANCE_TIER } from './applyTranscriptEdit.ts';
import { checkConvergence } from './checkConvergence.ts';
import type { LayerEdit } from './layerEditArbitrary.ts';
import { layerEditArbitrary } from './layerEditArbitrary.ts';
import { ReplicaNetwork } from './ReplicaNetwork.ts';

const SEED_AUTHOR = { userId: 'seed', nowMs: 1_700_000_000_000 };

function baseBoxAt(frame: number) {
  return { x: 10 + frame, y: 20, w: 50, h: 40 };
}

function baseKeyframes(frames: readonly number[]): FramedKeyframe[] {
  return frames.map((frame) => ({ frame, box: baseBoxAt(frame), outside: false }));
}

/** t0 and t1 as imports (a dense and a sparse base), written by different replicas, and two utterances. */
function seedImportedLayer(replicas: readonly Y.Doc[]): void {
  const writer = (index: number) => replicas[index % replicas.length] as Y.Doc;
  const bases = [
    baseKeyframes(Array.from({ length: 13 }, (_, frame) => frame)),
    baseKeyframes([0, 3, 6, 9, 12]),
  ];
  for (const [index, trackId] of ['t0', 't1'].entries()) {
    const track = {
      id: trackId,
      labelId: 'car',
      source: 'model.tracker',
      keyframes: bases[index] ?? [],
    };
    const imported = importTrack(writer(index + 1), track, SEED_AUTHOR, LOCAL_ORIGIN);
    if (!imported.ok) throw new Error(imported.error);
  }
  for (const [index, segmentId] of ['s0', 's1'].entries()) {
    const startMs = 1_000 + 2_000 * index;
    createSegment(
      writer(index),
      {
        id: segmentId,
        tierId: UTTERANCE_TIER,
        startMs,
        endMs: startMs + 1_000,
        labelId: null,
        speaker: null,
      },
      SEED_AUTHOR,
      LOCAL_ORIGIN,
    );
    const utterance = {
      kind: 'insertUtterance' as const,
      position: index,
      segmentId,
      text: `u${index}`,
    };
    applyTranscriptEdit(writer(0), utterance, SEED_AUTHOR, LOCAL_ORIGIN);
  }
}

/** Keyframe edits of the imported tracks, now and then a deletion or re-creation of a whole track. */
const keyframeEdit: fc.Arbitrary<LayerEdit> = fc.oneof(
  layerEditArbitrary,
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('setKeyframe' as const),
      trackId: fc.constantFrom('t0', 't1'),
      frame: fc.nat({ max: 14 }),
      box: fc.record({
        x: fc.nat({ max: 640 }),
        y: fc.nat({ max: 360 }),
        w: fc.nat(99),
        h: fc.nat(99),
      }),
      outside: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('deleteKeyframe' as const),
      trackId: fc.constantFrom('t0', 't1'),
      frame: fc.nat({ max: 14 }),
    }),
  },
);

describe('replicas editing imported tracks (a base under an overlay)', () => {
  it('converge to the same content and the same reading whatever order updates arrive in', () => {
    checkConvergence(keyframeEdit, 120, seedImportedLayer);
  }, 60_000);
});

type KeyframeWrite = { frame: number; x: number } | { frame: number; deleted: true };

/** Each replica writes only frames of its own residue class, so no two replicas touch one keyframe. */
const disjointWrites = fc.integer({ min: 2, max: 4 }).chain((replicaCount) =>
  fc.record({
    replicaCount: fc.constant(replicaCount),
    writes: fc.array(
      fc.tuple(
        fc.nat({ max: replicaCount - 1 }),
        fc.nat({ max: 9 }),
        fc.oneof(fc.nat({ max: 500 }), fc.constant(-1)),
      ),
      { maxLength: 40 },
    ),
    picks: fc.array(fc.nat(), { maxLength: 10 }),
  }),
);

function expected(base: readonly FramedKeyframe[], writes: ReadonlyMap<number, KeyframeWrite>) {
  const byFrame = new Map<number, KeyframeView>(base.map((keyframe) => [keyframe.frame, keyframe]));
  for (const write of writes.values()) {
    if ('deleted' in write) byFrame.delete(write.frame);
    else
      byFrame.set(write.frame, {
        frame: write.frame,
        box: { ...baseBoxAt(write.frame), x: write.x },
        outside: true,
      });
  }
  return [...byFrame.values()].sort((left, right) => left.frame - right.frame);
}

describe('concurrent edits of different keyframes of one imported track', () => {
  it('all survive: each frame reads as its one writer last left it, else as the base', () => {
    fc.assert(
      fc.property(disjointWrites, ({ replicaCount, writes, picks }) => {
        const network = new ReplicaNetwork(replicaCount);
        const base = baseKeyframes(Array.from({ length: 40 }, (_, frame) => frame));
        const track = { id: 'car', labelId: null, source: 'model.tracker', keyframes: base };
        importTrack(network.replicas[0] as Y.Doc, track, SEED_AUTHOR, LOCAL_ORIGIN);
        network.flush([]);
        const last = new Map<number, KeyframeWrite>();
        for (const [replica, slot, x] of writes) {
          const doc = network.replicas[replica] as Y.Doc;
          const frame = slot * replicaCount + replica;
          const author = { userId: `user${replica}`, nowMs: SEED_AUTHOR.nowMs };
          if (x < 0) {
            if (deleteKeyframe(doc, 'car', frame, author, LOCAL_ORIGIN))
              last.set(frame, { frame, deleted: true });
          } else {
            const keyframe = { box: { ...baseBoxAt(frame), x }, outside: true };
            setKeyframe(doc, 'car', frame, keyframe, author, LOCAL_ORIGIN);
            last.set(frame, { frame, x });
          }
        }
        network.flush(picks);
        for (const doc of network.replicas) {
          expect(readLayer(doc).tracks[0]?.keyframes).toEqual(expected(base, last));
        }
      }),
      { numRuns: 200 },
    );
  });
});
