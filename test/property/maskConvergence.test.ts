import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { objectsOf } from '../../shared/doc/layerRoots.ts';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { readLayer } from '../../shared/doc/readLayer.ts';
import {
  addMaskOperation,
  compactMask,
  createMask,
  readMaskFrame,
} from '../../shared/doc/writeMasks.ts';
import type { MaskOperation } from '../../shared/mask/maskOperation.ts';
import { regionRunsArbitrary } from './regionRunsArbitrary.ts';
import { ReplicaNetwork } from './ReplicaNetwork.ts';

const WIDTH = 24;
const HEIGHT = 16;
const MASK = 'mask-1';
const SERVER = { by: 'server', atMs: 0 };

const coordinate = (pixels: number) => fc.integer({ min: -8, max: pixels * 4 + 8 });
const point = fc.tuple(coordinate(WIDTH), coordinate(HEIGHT));

const regionRuns = regionRunsArbitrary(WIDTH * HEIGHT, { maxRun: 60, maxRuns: 12 });

type Shape =
  | { kind: 'stroke'; radius: number; points: number[] }
  | { kind: 'polygon'; points: number[] }
  | { kind: 'region'; runs: string };

const shape: fc.Arbitrary<Shape> = fc.oneof(
  fc.record({
    kind: fc.constant('stroke' as const),
    radius: fc.integer({ min: 1, max: 24 }),
    points: fc.array(point, { minLength: 1, maxLength: 5 }).map((pairs) => pairs.flat()),
  }),
  fc.record({
    kind: fc.constant('polygon' as const),
    points: fc.array(point, { minLength: 3, maxLength: 6 }).map((pairs) => pairs.flat()),
  }),
  fc.record({ kind: fc.constant('region' as const), runs: regionRuns }),
);

type Step =
  | { kind: 'paint'; replica: number; frame: number; erase: boolean; shape: Shape }
  | { kind: 'undo'; replica: number }
  | { kind: 'deliver'; replica: number; pick: number }
  | { kind: 'compact' };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('paint' as const),
      replica: fc.nat({ max: 3 }),
      frame: fc.nat({ max: 2 }),
      erase: fc.boolean(),
      shape,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('undo' as const), replica: fc.nat({ max: 3 }) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('deliver' as const),
      replica: fc.nat({ max: 3 }),
      pick: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('compact' as const) }) },
);

function pixelsOf(doc: Y.Doc): Uint8Array[] {
  return [0, 1, 2].map((frame) => {
    const read = readMaskFrame(doc, MASK, frame);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.skipped).toEqual([]);
    return read.value.mask.pixels;
  });
}

describe('masks painted by several people at once', () => {
  it('converge to identical pixels on every replica, through undo and server compaction', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.array(step, { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (replicaCount, steps, picks) => {
          const network = new ReplicaNetwork(replicaCount);
          const [server] = network.replicas as [Y.Doc];
          createMask(
            server,
            { id: MASK, labelId: 'road', width: WIDTH, height: HEIGHT },
            { userId: 'ann', nowMs: 0 },
            LOCAL_ORIGIN,
          );
          network.flush([]);
          const undoers = network.replicas.map(
            (doc) =>
              new Y.UndoManager(objectsOf(doc), {
                trackedOrigins: new Set([LOCAL_ORIGIN]),
                captureTimeout: 0,
              }),
          );
          let clock = 1;
          for (const current of steps) {
            const replica = current.kind === 'compact' ? 0 : current.replica % replicaCount;
            const doc = network.replicas[replica] as Y.Doc;
            if (current.kind === 'paint') {
              const operation = {
                ...current.shape,
                mode: current.erase ? 'erase' : 'paint',
                frame: current.frame,
                by: `user${replica}`,
                atMs: (clock += 1),
              } as MaskOperation;
              const added = addMaskOperation(doc, MASK, operation, LOCAL_ORIGIN);
              if (!added.ok) throw new Error(added.error);
            } else if (current.kind === 'undo') {
              undoers[replica]?.undo();
            } else if (current.kind === 'deliver') {
              network.deliver(replica, current.pick, false);
            } else {
              // The server folds what it holds; its horizon is past every operation so far.
              const before = pixelsOf(server);
              const folded = compactMask(server, MASK, clock + 1, SERVER, 'server');
              if (!folded.ok) throw new Error(folded.error);
              expect(pixelsOf(server)).toEqual(before);
            }
          }
          network.flush(picks);
          const [first, ...others] = network.replicas.map(pixelsOf);
          for (const other of others) expect(other).toEqual(first);
          const readings = network.replicas.map((doc) => readLayer(doc).masks);
          for (const reading of readings.slice(1)) expect(reading).toEqual(readings[0]);
          expect(readLayer(server).violations).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('keeps both strokes when two people paint the same mask, and one undo removes only its own', () => {
    const network = new ReplicaNetwork(2);
    const [ann, ben] = network.replicas as [Y.Doc, Y.Doc];
    createMask(
      ann,
      { id: MASK, labelId: null, width: WIDTH, height: HEIGHT },
      { userId: 'ann', nowMs: 0 },
      LOCAL_ORIGIN,
    );
    network.flush([]);
    const annUndo = new Y.UndoManager(objectsOf(ann), { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    annUndo.clear();
    const stroke = (by: string, y: number): MaskOperation => ({
      kind: 'stroke',
      mode: 'paint',
      frame: 0,
      by,
      atMs: 1,
      radius: 6,
      points: [0, y, WIDTH * 4, y],
    });
    addMaskOperation(ann, MASK, stroke('ann', 18), LOCAL_ORIGIN);
    addMaskOperation(ben, MASK, stroke('ben', 22), LOCAL_ORIGIN);
    network.flush([]);
    const both = pixelsOf(ann)[0] as Uint8Array;
    expect(pixelsOf(ben)[0]).toEqual(both);
    const rowsSet = (pixels: Uint8Array) =>
      Array.from({ length: HEIGHT }, (_, y) => pixels[y * WIDTH] as number).join('');
    expect(rowsSet(both)).toBe('0001111000000000');

    annUndo.undo();
    network.flush([]);
    expect(rowsSet(pixelsOf(ben)[0] as Uint8Array)).toBe('0000111000000000');
    expect(pixelsOf(ann)).toEqual(pixelsOf(ben));
  });
});
