import fc from 'fast-check';
import { expect } from 'vitest';
import * as Y from 'yjs';
import { objectsOf, transcriptOf } from '../../shared/doc/layerRoots.ts';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import { readLayer } from '../../shared/doc/readLayer.ts';
import { applyLayerEdit } from './applyLayerEdit.ts';
import type { LayerEdit } from './layerEditArbitrary.ts';
import { ReplicaNetwork } from './ReplicaNetwork.ts';
import { seedLayer } from './seedLayer.ts';

type Step =
  | { kind: 'edit'; replica: number; edit: LayerEdit }
  | { kind: 'deliver'; replica: number; pick: number; duplicate: boolean }
  | { kind: 'resync'; from: number; to: number }
  | { kind: 'settle'; picks: number[] };

const replica = fc.nat({ max: 3 });

function scenarioOf(edit: fc.Arbitrary<LayerEdit>) {
  const step: fc.Arbitrary<Step> = fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('edit' as const), replica, edit }) },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('deliver' as const),
        replica,
        pick: fc.nat(),
        duplicate: fc.nat({ max: 4 }).map((draw) => draw === 0),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('resync' as const), from: replica, to: replica }),
    },
    // Everything in flight arrives (in a random order) and the replicas must agree, mid-session too.
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('settle' as const),
        picks: fc.array(fc.nat(), { maxLength: 8 }),
      }),
    },
  );
  return fc.record({
    replicaCount: fc.integer({ min: 2, max: 4 }),
    steps: fc.array(step, { minLength: 5, maxLength: 80, size: 'max' }),
    finalPicks: fc.array(fc.nat(), { maxLength: 16 }),
  });
}

function expectNormalised(snapshot: LayerSnapshot): void {
  for (const segment of snapshot.segments) {
    expect(Number.isInteger(segment.startMs) && Number.isInteger(segment.endMs)).toBe(true);
    expect(0 <= segment.startMs && segment.startMs <= segment.endMs).toBe(true);
  }
  for (const track of snapshot.tracks) {
    const frames = track.keyframes.map((keyframe) => keyframe.frame);
    expect(frames).toEqual([...frames].sort((left, right) => left - right));
  }
}

function contentOf(doc: Y.Doc) {
  return {
    objects: objectsOf(doc).toJSON(),
    transcript: transcriptOf(doc).toString(),
    stateVector: Array.from(Y.encodeStateVector(doc)),
    pending: doc.store.pendingStructs !== null || doc.store.pendingDs !== null,
  };
}

function expectConverged(network: ReplicaNetwork, picks: readonly number[]): void {
  network.flush(picks);
  const [first, ...others] = network.replicas.map((doc) => ({
    content: contentOf(doc),
    reading: readLayer(doc),
  }));
  expect(first?.content.pending).toBe(false);
  expectNormalised(
    first?.reading ?? {
      tracks: [],
      segments: [],
      masks: [],
      shapes: [],
      links: [],
      tags: [],
      instructions: [],
      violations: [],
    },
  );
  for (const other of others) expect(other).toEqual(first);
}

function runStep(network: ReplicaNetwork, current: Step, stepIndex: number): Y.Doc {
  const count = network.replicas.length;
  if (current.kind === 'settle') {
    expectConverged(network, current.picks);
    return network.replicas[0] as Y.Doc;
  }
  if (current.kind === 'deliver')
    network.deliver(current.replica % count, current.pick, current.duplicate);
  if (current.kind === 'resync') network.resync(current.from % count, current.to % count);
  const touched = current.kind === 'resync' ? current.to : current.replica;
  const doc = network.replicas[touched % count] as Y.Doc;
  if (current.kind === 'edit') {
    const author = { userId: `user${touched % count}`, nowMs: 1_700_000_000_000 + stepIndex };
    const before = Y.encodeStateVector(doc);
    if (applyLayerEdit(doc, current.edit, author) === 'refused') {
      expect(Y.encodeStateVector(doc), 'a refused edit must leave the document untouched').toEqual(
        before,
      );
    }
  }
  return doc;
}

/**
 * Runs random sessions of 2–4 replicas making `edit`s while updates arrive late, out of order and twice,
 * and asserts after every step that readings are normalised and, whenever everything has arrived, that
 * every replica holds the same content and reads it the same way. `seed` writes what replicas start from.
 */
export function checkConvergence(
  edit: fc.Arbitrary<LayerEdit>,
  numRuns: number,
  seed: (replicas: readonly Y.Doc[]) => void = seedLayer,
): void {
  fc.assert(
    fc.property(scenarioOf(edit), ({ replicaCount, steps, finalPicks }) => {
      const network = new ReplicaNetwork(replicaCount);
      seed(network.replicas);
      network.flush([]);
      steps.forEach((current, stepIndex) => {
        expectNormalised(readLayer(runStep(network, current, stepIndex)));
      });
      expectConverged(network, finalPicks);
    }),
    { numRuns },
  );
}
