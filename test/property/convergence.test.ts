import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { objectsOf } from '../../shared/doc/layerRoots.ts';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { readLayer } from '../../shared/doc/readLayer.ts';
import { createSegment, updateSegment } from '../../shared/doc/writeRecords.ts';
import { checkConvergence } from './checkConvergence.ts';
import { layerEditArbitrary, segmentTimingEditArbitrary } from './layerEditArbitrary.ts';
import { ReplicaNetwork } from './ReplicaNetwork.ts';

describe('replicas editing one layer', () => {
  it('converge to the same content and the same reading whatever order updates arrive in', () => {
    checkConvergence(layerEditArbitrary, 150);
  }, 60_000);

  it('read concurrently trimmed and moved segments identically, with their ends in order', () => {
    checkConvergence(segmentTimingEditArbitrary, 250);
  }, 60_000);
});

describe('a concurrent trim and move of one segment', () => {
  const author = (userId: string) => ({ userId, nowMs: 1_700_000_000_000 });

  it('is read with its ends in order and reported when the edits cross them', () => {
    const network = new ReplicaNetwork(2);
    const [mover, trimmer] = network.replicas as [Y.Doc, Y.Doc];
    createSegment(
      trimmer,
      {
        id: 'seg',
        tierId: 'utterances',
        startMs: 1000,
        endMs: 2000,
        labelId: null,
        speaker: 'ada',
      },
      author('trimmer'),
      LOCAL_ORIGIN,
    );
    network.flush([]);
    // Trim the start to 1900 ms on one replica while the other moves the whole segment to 200–1200 ms.
    updateSegment(trimmer, 'seg', { startMs: 1900 }, author('trimmer'), LOCAL_ORIGIN);
    updateSegment(mover, 'seg', { startMs: 200, endMs: 1200 }, author('mover'), LOCAL_ORIGIN);
    network.flush([]);

    const stored = objectsOf(trimmer).get('seg');
    // The trimmer has the higher client id, so its startMs wins the conflict and the stored ends cross.
    expect([stored?.get('startMs'), stored?.get('endMs')]).toEqual([1900, 1200]);
    for (const doc of network.replicas) {
      const reading = readLayer(doc);
      expect(reading.segments).toMatchObject([{ id: 'seg', startMs: 1200, endMs: 1900 }]);
      expect(reading.violations).toEqual([
        expect.objectContaining({
          recordId: 'seg',
          message: expect.stringContaining('before it starts'),
        }),
      ]);
    }
  });

  it('is reported in the same order on every replica, whichever record each saw first', () => {
    const network = new ReplicaNetwork(2);
    const [left, right] = network.replicas as [Y.Doc, Y.Doc];
    for (const [doc, id] of [
      [left, 'p'],
      [right, 'q'],
    ] as const) {
      const segment = { id, tierId: 'utterances', startMs: 1000, endMs: 2000 };
      createSegment(doc, { ...segment, labelId: null, speaker: null }, author(id), LOCAL_ORIGIN);
    }
    network.flush([]);
    for (const id of ['p', 'q']) {
      updateSegment(right, id, { startMs: 1900 }, author('right'), LOCAL_ORIGIN);
      updateSegment(left, id, { endMs: 1100 }, author('left'), LOCAL_ORIGIN);
    }
    network.flush([]);
    const readings = network.replicas.map((doc) => readLayer(doc));
    expect(readings[0]?.violations.map((violation) => violation.recordId)).toHaveLength(2);
    expect(readings[1]).toEqual(readings[0]);
  });

  it('leaves a segment whose ends crossed open to relabelling and to setting both ends again', () => {
    const network = new ReplicaNetwork(2);
    const [left, right] = network.replicas as [Y.Doc, Y.Doc];
    const segment = { id: 'seg', tierId: 'utterances', startMs: 1000, endMs: 2000 };
    createSegment(left, { ...segment, labelId: null, speaker: null }, author('left'), LOCAL_ORIGIN);
    network.flush([]);
    updateSegment(right, 'seg', { startMs: 1900 }, author('right'), LOCAL_ORIGIN);
    updateSegment(left, 'seg', { endMs: 1100 }, author('left'), LOCAL_ORIGIN);
    network.flush([]);

    expect(updateSegment(left, 'seg', { labelId: 'speech' }, author('left'), LOCAL_ORIGIN)).toBe(
      true,
    );
    expect(
      updateSegment(left, 'seg', { startMs: 1100, endMs: 1900 }, author('left'), LOCAL_ORIGIN),
    ).toBe(true);
    network.flush([]);
    for (const doc of network.replicas) {
      expect(readLayer(doc)).toMatchObject({
        segments: [{ id: 'seg', startMs: 1100, endMs: 1900, labelId: 'speech' }],
        violations: [],
      });
    }
  });
});
