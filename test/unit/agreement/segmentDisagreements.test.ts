import { describe, expect, it } from 'vitest';
import { segmentDisagreements } from '../../../shared/agreement/segmentDisagreements.ts';
import type { SegmentView } from '../../../shared/doc/readLayer.ts';

const segment = (
  id: string,
  startMs: number,
  endMs: number,
  labelId: string | null = 'siren',
): SegmentView => ({
  id,
  tierId: 'events',
  startMs,
  endMs,
  labelId,
  speaker: null,
  value: null,
  attributes: {},
  createdBy: 'x',
  updatedBy: 'x',
});
const layers = ['a.ann', 'a.ben'] as const;

describe('segment disagreements between two layers', () => {
  it('agree when the same segments are there with boundaries within the tolerance', () => {
    const result = segmentDisagreements(
      layers,
      [segment('s1', 1_000, 3_000)],
      [segment('t1', 1_100, 2_950)],
    );
    expect(result).toEqual({
      ok: true,
      value: {
        disagreements: [],
        summary: {
          matched: 1,
          missing: 0,
          extra: 0,
          sameLabel: 1,
          boundaryErrorTotalMs: 150,
          meanBoundaryErrorMs: 75,
        },
      },
    });
  });

  it('report missing and extra segments, a label mismatch and a boundary off by more than the tolerance', () => {
    const left = [
      segment('s1', 1_000, 3_000),
      segment('s2', 5_000, 6_000),
      segment('s3', 8_000, 9_000),
    ];
    const right = [
      segment('t1', 1_000, 3_400),
      segment('t2', 5_000, 6_000, 'horn'),
      segment('t4', 12_000, 13_000),
    ];
    const result = segmentDisagreements(layers, left, right);
    if (!result.ok) throw new Error(result.error);
    const byKind = Object.fromEntries(
      result.value.disagreements.map((entry) => [entry.kind, entry]),
    );
    expect(Object.keys(byKind).sort()).toEqual(['boundary', 'extra', 'label', 'missing']);
    expect(byKind.boundary).toMatchObject({
      objectIds: ['s1', 't1'],
      location: { startMs: 1_000, endMs: 3_400 },
      message: 'a.ben starts 0 ms and ends 400 ms from a.ann',
      severity: 0.4,
    });
    expect(byKind.label).toMatchObject({
      objectIds: ['s2', 't2'],
      message: 'a.ann says siren, a.ben horn',
    });
    expect(byKind.missing).toMatchObject({ objectIds: ['s3'], severity: 1 });
    expect(byKind.extra).toMatchObject({
      objectIds: ['t4'],
      location: { startMs: 12_000, endMs: 13_000 },
    });
    expect(result.value.summary).toEqual({
      matched: 2,
      missing: 1,
      extra: 1,
      sameLabel: 1,
      boundaryErrorTotalMs: 400,
      meanBoundaryErrorMs: 100,
    });
  });

  it('give the same disagreements, with the same ids, whatever order the segments come in', () => {
    const left = [segment('s1', 0, 900), segment('s2', 1_000, 2_000)];
    const right = [segment('t1', 0, 500), segment('t2', 1_500, 2_500, null)];
    const first = segmentDisagreements(layers, left, right);
    const second = segmentDisagreements(layers, [...left].reverse(), [...right].reverse());
    expect(second).toEqual(first);
  });
});
