import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { createTrack, setKeyframe } from '../../../shared/doc/writeRecords.ts';
import { buildReviewScene } from '../../../client/ui/buildReviewScene.ts';
import { layerSpans } from '../../../client/ui/layerSpans.ts';

const labels = [{ id: 'car', name: 'car', colour: '#3cb44b', hotkey: '2', attributes: [] }];

function layerWithTrack(id: string, x: number) {
  const doc = new Y.Doc();
  createTrack(
    doc,
    { id, labelId: 'car', frame: 0, box: { x, y: 0, w: 10, h: 10 } },
    { userId: 'u', nowMs: 0 },
    'local',
  );
  setKeyframe(
    doc,
    id,
    30,
    { box: { x, y: 0, w: 10, h: 10 }, outside: true },
    { userId: 'u', nowMs: 0 },
    'local',
  );
  return readLayer(doc);
}

describe('the review stage’s scene', () => {
  it('draws each layer in its colour, captioned with whose it is, the same object apart in each layer', () => {
    const { scene, drawn } = buildReviewScene({
      layers: [
        { layer: 'a.ann', who: 'Ann', colour: '#ff9f1c', snapshot: layerWithTrack('t1', 5) },
        { layer: 'final', who: 'final', colour: '#ffffff', snapshot: layerWithTrack('t1', 5) },
      ],
      frame: 10,
      labels,
      skeletons: [],
      highlighted: new Set(['t1']),
    });
    expect(scene.boxes.map((box) => [box.trackId, box.colour, box.caption, box.selected])).toEqual([
      ['a.ann/t1', '#ff9f1c', 'car · Ann', true],
      ['final/t1', '#ffffff', 'car · final', true],
    ]);
    expect(drawn).toEqual([
      { layer: 'a.ann', id: 't1', x: 5, y: 0, w: 10, h: 10, highlighted: true },
      { layer: 'final', id: 't1', x: 5, y: 0, w: 10, h: 10, highlighted: true },
    ]);
    expect(scene.showHandles).toBe(false);
    const mask = {
      maskId: 'a.ann/m1',
      width: 2,
      height: 1,
      pixels: new Uint8Array([1, 0]),
      colour: '#f00',
      version: '1@10',
    };
    const withMask = buildReviewScene({
      layers: [],
      frame: 10,
      labels,
      skeletons: [],
      highlighted: new Set(),
      masks: [mask],
    });
    expect(withMask.scene.masks).toEqual([mask]);
  });

  it('leaves out boxes out of view unless highlighted, and places a layer’s tracks on the time line', () => {
    const snapshot = layerWithTrack('t1', 5);
    const input = {
      layers: [{ layer: 'a.ann', who: 'Ann', colour: '#f00', snapshot }],
      frame: 40,
      labels,
      skeletons: [],
    };
    expect(buildReviewScene({ ...input, highlighted: new Set() }).scene.boxes).toEqual([]);
    expect(buildReviewScene({ ...input, highlighted: new Set(['t1']) }).scene.boxes).toHaveLength(
      1,
    );
    expect(layerSpans(snapshot, { num: 30, den: 1 })).toEqual([{ startMs: 0, endMs: 1_000 }]);
  });
});
