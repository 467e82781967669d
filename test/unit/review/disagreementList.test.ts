import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Disagreement } from '../../../shared/agreement/Disagreement.ts';
import type { Decision } from '../../../shared/agreement/reviewDocument.ts';
import { writeDisagreements } from '../../../shared/agreement/writeDisagreements.ts';
import { ROOT_PAIRS } from '../../../shared/agreement/writeAgreementChanges.ts';
import { createAgreementStore } from '../../../client/review/createAgreementStore.ts';
import { disagreementTimeRange } from '../../../client/review/disagreementTimeRange.ts';
import {
  ANY_DISAGREEMENT,
  filterDisagreements,
} from '../../../client/review/filterDisagreements.ts';
import { heatBins } from '../../../client/review/heatBins.ts';
import { nameLayersIn } from '../../../client/review/nameLayersIn.ts';
import { rankDisagreements } from '../../../client/review/rankDisagreements.ts';
import type { FrameScheduler } from '../../../client/store/scheduleFrame.ts';
import { describeLocation } from '../../../client/ui/describeLocation.ts';

function disagreement(id: string, overrides: Partial<Disagreement> = {}): Disagreement {
  return {
    id,
    kind: 'missing',
    severity: 1,
    layers: ['a.ann', 'a.ben'],
    objectIds: [`o-${id}`],
    location: { frames: { first: 30, last: 59 } },
    labelId: 'car',
    message: 'a.ben has nothing here',
    ...overrides,
  };
}

const decided = (id: string): [string, Decision] => [
  id,
  { disagreementId: id, verdict: 'both-acceptable', by: 'u', atMs: 0, note: '' },
];

describe('the disagreement list', () => {
  it('ranks by severity, then id, and leaves out what is not a disagreement', () => {
    const ranked = rankDisagreements([
      disagreement('b', { severity: 0.5 }),
      disagreement('c'),
      { id: 'junk' },
      disagreement('a'),
      null,
    ]);
    expect(ranked.map((entry) => entry.id)).toEqual(['a', 'c', 'b']);
  });

  it('narrows by kind, by label (or no label) and to the undecided', () => {
    const all = [
      disagreement('a'),
      disagreement('b', { kind: 'label' }),
      disagreement('c', { labelId: null }),
      disagreement('d', { labelId: 'person' }),
    ];
    const ids = (
      filter: Partial<typeof ANY_DISAGREEMENT>,
      decisions = new Map<string, Decision>(),
    ) => filterDisagreements(all, { ...ANY_DISAGREEMENT, ...filter }, decisions).map((e) => e.id);
    expect(ids({})).toEqual(['a', 'b', 'c', 'd']);
    expect(ids({ kind: 'label' })).toEqual(['b']);
    expect(ids({ labelId: 'car' })).toEqual(['a', 'b']);
    expect(ids({ labelId: '' })).toEqual(['c']);
    expect(ids({ openOnly: true }, new Map([decided('a'), decided('d')]))).toEqual(['b', 'c']);
  });

  it('places frames and time ranges on the media’s time line and says where they are', () => {
    const rate = { num: 30, den: 1 };
    expect(disagreementTimeRange({ frames: { first: 30, last: 59 } }, rate)).toEqual({
      startMs: 1_000,
      endMs: 2_000,
      firstFrame: 30,
    });
    expect(disagreementTimeRange({ startMs: 1_200, endMs: 2_500 }, rate)).toEqual({
      startMs: 1_200,
      endMs: 2_500,
      firstFrame: null,
    });
    expect(describeLocation({ frames: { first: 4, last: 4 } })).toBe('frame 4');
    expect(describeLocation({ frames: { first: 4, last: 9 } })).toBe('frames 4–9');
    expect(describeLocation({ startMs: 1_200, endMs: 62_500 })).toBe('0:01.200–1:02.500');
  });

  it('names whole layer names in messages, never part of a longer one', () => {
    const whoOf = (layer: string) => ({ 'a.ben': 'Ben', 'a.ann': 'Ann' })[layer] ?? layer;
    expect(nameLayersIn('a.ben has nothing here.', ['a.ann', 'a.ben'], whoOf)).toBe(
      'a.ben (Ben) has nothing here.',
    );
    expect(nameLayersIn('a.bench and a.ann', ['a.ann', 'a.ben'], whoOf)).toBe(
      'a.bench and a.ann (Ann)',
    );
    expect(nameLayersIn('gold disagrees', ['gold'], whoOf)).toBe('gold disagrees');
  });

  it('sums weights into heat bins over a window, ranges ending on an edge staying out of the next bin', () => {
    const ranges = [
      { startMs: 0, endMs: 1_000, weight: 1 },
      { startMs: 1_500, endMs: 1_500, weight: 0.5 },
      { startMs: 3_000, endMs: 9_000, weight: 2 },
      { startMs: 10_000, endMs: 11_000, weight: 7 },
    ];
    expect(heatBins(ranges, 0, 4_000, 4)).toEqual([1, 0.5, 0, 2]);
    expect(heatBins(ranges, 2_000, 4_000, 2)).toEqual([0, 2]);
    expect(heatBins(ranges, 0, 0, 3)).toEqual([0, 0, 0]);
  });

  it('follows the agreement document live, once per frame, keeping the snapshot while nothing changed', () => {
    const doc = new Y.Doc();
    const pending: (() => void)[] = [];
    const schedule: FrameScheduler = (callback) => {
      pending.push(callback);
      return () => pending.splice(pending.indexOf(callback), 1);
    };
    const store = createAgreementStore(doc, schedule);
    expect(store.getSnapshot().disagreements).toEqual([]);
    writeDisagreements(doc, [disagreement('b', { severity: 0.2 }), disagreement('a')], 'server');
    doc
      .getMap(ROOT_PAIRS)
      .set('a.ann~a.ben', { layers: ['a.ann', 'a.ben'], spatial: {}, segments: {} });
    expect(pending).toHaveLength(1);
    pending.splice(0).forEach((callback) => callback());
    const first = store.getSnapshot();
    expect(first.disagreements.map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(first.pairs).toHaveLength(1);
    writeDisagreements(doc, [disagreement('b', { severity: 0.2 }), disagreement('a')], 'server');
    doc.getMap('disagreements').set('a', disagreement('a'));
    pending.splice(0).forEach((callback) => callback());
    expect(store.getSnapshot()).toBe(first);
    writeDisagreements(doc, [disagreement('b', { severity: 0.2 })], 'server');
    pending.splice(0).forEach((callback) => callback());
    expect(store.getSnapshot().disagreements.map((entry) => entry.id)).toEqual(['b']);
    store.dispose();
  });
});
