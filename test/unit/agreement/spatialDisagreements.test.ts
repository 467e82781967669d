import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { spatialDisagreements } from '../../../shared/agreement/spatialDisagreements.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { createTrack, setKeyframe } from '../../../shared/doc/writeRecords.ts';
import type { Box } from '../../../shared/schema/box.ts';

const media = { width: 640, height: 360, frameCount: 100 };
const layers = ['a.ann', 'a.ben'] as const;
const author = { userId: 'x', nowMs: 0 };
const threshold = () => 0.5;

/** A layer with tracks given as {id, label, keyframes: [frame, box, outside?][]}. */
function layer(tracks: { id: string; label: string; keyframes: [number, Box, boolean?][] }[]) {
  const doc = new Y.Doc();
  for (const { id, label, keyframes } of tracks) {
    const [[frame, box], ...rest] = keyframes as [[number, Box], ...[number, Box, boolean?][]];
    createTrack(doc, { id, labelId: label, frame, box }, author, LOCAL_ORIGIN);
    for (const [at, next, outside = false] of rest) {
      setKeyframe(doc, id, at, { box: next, outside }, author, LOCAL_ORIGIN);
    }
  }
  return readLayer(doc);
}

const box = (x: number, w = 40): Box => ({ x, y: 10, w, h: 40 });

describe('spatial disagreements between two layers', () => {
  it('find none when both drew the same objects the same way', () => {
    const left = layer([
      {
        id: 'a1',
        label: 'car',
        keyframes: [
          [0, box(0)],
          [10, box(100)],
        ],
      },
    ]);
    const right = layer([
      {
        id: 'b1',
        label: 'car',
        keyframes: [
          [0, box(0)],
          [10, box(100)],
        ],
      },
    ]);
    const result = spatialDisagreements(layers, left, right, media, threshold);
    expect(result).toEqual({
      ok: true,
      value: {
        disagreements: [],
        summary: {
          framesCompared: 11,
          matched: 11,
          missing: 0,
          extra: 0,
          meanIoU: 1,
          idf1: 1,
          identitySwitches: 0,
        },
      },
    });
  });

  it('join the same finding on consecutive frames: a box drawn apart, then missing once the other ends it', () => {
    const left = layer([
      {
        id: 'a1',
        label: 'car',
        keyframes: [
          [0, box(0)],
          [20, box(0)],
        ],
      },
    ]);
    // 12 px to the side of a 40 px box: IoU 28/52 ≈ 0.54, matched but apart; out of view from frame 11.
    const right = layer([
      {
        id: 'b1',
        label: 'car',
        keyframes: [
          [0, box(12)],
          [10, box(12)],
          [11, box(12), true],
        ],
      },
    ]);
    const result = spatialDisagreements(layers, left, right, media, threshold);
    if (!result.ok) throw new Error(result.error);
    expect(
      result.value.disagreements.map((entry) => [entry.kind, entry.objectIds, entry.location]),
    ).toEqual(
      expect.arrayContaining([
        ['geometry', ['a1', 'b1'], { frames: { first: 0, last: 10 } }],
        ['missing', ['a1'], { frames: { first: 11, last: 20 } }],
      ]),
    );
    expect(result.value.disagreements).toHaveLength(2);
    expect(result.value.summary).toMatchObject({ matched: 11, missing: 10, extra: 0 });
  });

  it('report a label mismatch and an object only the right layer has', () => {
    const left = layer([
      {
        id: 'a1',
        label: 'car',
        keyframes: [
          [0, box(0)],
          [4, box(0)],
        ],
      },
    ]);
    const right = layer([
      {
        id: 'b1',
        label: 'bus',
        keyframes: [
          [0, box(0)],
          [4, box(0)],
        ],
      },
      {
        id: 'b2',
        label: 'dog',
        keyframes: [
          [2, box(300)],
          [3, box(300)],
        ],
      },
    ]);
    const result = spatialDisagreements(layers, left, right, media, threshold);
    if (!result.ok) throw new Error(result.error);
    const kinds = result.value.disagreements.map(
      (entry) => `${entry.kind} ${entry.objectIds.join('+')} ${JSON.stringify(entry.location)}`,
    );
    expect(kinds.sort()).toEqual([
      'extra b2 {"frames":{"first":2,"last":4}}',
      'label a1+b1 {"frames":{"first":0,"last":4}}',
    ]);
  });

  it('count an identity switch where the right layer swaps which track follows which object', () => {
    const left = layer([
      {
        id: 'a1',
        label: 'car',
        keyframes: [
          [0, box(0)],
          [9, box(0)],
        ],
      },
      {
        id: 'a2',
        label: 'car',
        keyframes: [
          [0, box(200)],
          [9, box(200)],
        ],
      },
    ]);
    const right = layer([
      {
        id: 'b1',
        label: 'car',
        keyframes: [
          [0, box(0)],
          [4, box(0)],
          [5, box(200)],
          [9, box(200)],
        ],
      },
      {
        id: 'b2',
        label: 'car',
        keyframes: [
          [0, box(200)],
          [4, box(200)],
          [5, box(0)],
          [9, box(0)],
        ],
      },
    ]);
    const result = spatialDisagreements(layers, left, right, media, threshold);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.summary.identitySwitches).toBeGreaterThan(0);
    expect(result.value.summary.idf1).toBe(0.5);
    expect(result.value.disagreements.every((entry) => entry.kind === 'identity-switch')).toBe(
      true,
    );
    expect(
      result.value.disagreements.every(
        (entry) => 'frames' in entry.location && entry.location.frames.first === 5,
      ),
    ).toBe(true);
  });
});
