import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { objectsOf } from '../../../shared/doc/layerRoots.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { addMaskOperation, createMask } from '../../../shared/doc/writeMasks.ts';
import {
  createSegment,
  createTrack,
  deleteKeyframe,
  setKeyframe,
  setLabel,
  updateSegment,
} from '../../../shared/doc/writeRecords.ts';
import type { LintContext, LintRule } from '../../../shared/lint/LintFinding.ts';
import { lintLayer } from '../../../shared/lint/lintLayer.ts';

const ann = { userId: 'ann', nowMs: 1_700_000_000_000 };
const MEDIA = { frameCount: 100, durationMs: 4_000, width: 64, height: 48 };
const box = { x: 1, y: 2, w: 10, h: 10 };

function lintOf(doc: Y.Doc, labels = ['car', 'person']): LintContext {
  return {
    snapshot: readLayer(doc),
    media: MEDIA,
    labels: labels.map((id) => ({ id, name: id, colour: '#1f77b4', hotkey: null })),
    tiers: [],
    skeletons: [],
    relationTypes: [],
  };
}

function rulesFound(doc: Y.Doc, labels?: string[]): LintRule[] {
  return lintLayer(lintOf(doc, labels)).map((entry) => entry.rule);
}

function segment(doc: Y.Doc, id: string, startMs: number, endMs: number, speaker: string | null) {
  createSegment(
    doc,
    { id, tierId: 'turns', startMs, endMs, labelId: null, speaker },
    ann,
    LOCAL_ORIGIN,
  );
}

describe('the consistency lint', () => {
  it('reports a keyframe after the last frame, and clears once it is deleted', () => {
    const doc = new Y.Doc();
    createTrack(doc, { id: 't1', labelId: 'car', frame: 10, box }, ann, LOCAL_ORIGIN);
    expect(rulesFound(doc)).toEqual([]);
    setKeyframe(doc, 't1', 120, { box, outside: false }, ann, LOCAL_ORIGIN);
    const [reported] = lintLayer(lintOf(doc));
    expect(reported).toMatchObject({
      rule: 'keyframe-after-last-frame',
      recordIds: ['t1'],
      location: { frame: 120 },
      message: 'track t1 has a keyframe at frame 120, after the last frame (99)',
    });
    deleteKeyframe(doc, 't1', 120, ann, LOCAL_ORIGIN);
    expect(rulesFound(doc)).toEqual([]);
  });

  it('reports a segment past the media end, and clears once it is trimmed', () => {
    const doc = new Y.Doc();
    segment(doc, 's1', 3_000, 4_500, null);
    expect(lintLayer(lintOf(doc))).toEqual([
      expect.objectContaining({
        rule: 'segment-after-media-end',
        location: { startMs: 3_000, endMs: 4_500 },
      }),
    ]);
    updateSegment(doc, 's1', { endMs: 4_000 }, ann, LOCAL_ORIGIN);
    expect(rulesFound(doc)).toEqual([]);
  });

  it('reports two overlapping turns of one speaker, and clears when they no longer overlap', () => {
    const doc = new Y.Doc();
    segment(doc, 's1', 0, 1_000, 'A');
    segment(doc, 's2', 800, 1_500, 'A');
    segment(doc, 's3', 900, 1_200, 'B');
    expect(lintLayer(lintOf(doc))).toEqual([
      expect.objectContaining({
        rule: 'overlapping-speaker-turns',
        recordIds: ['s1', 's2'],
        location: { startMs: 800, endMs: 1_000 },
        severity: 'warning',
      }),
    ]);
    updateSegment(doc, 's2', { startMs: 1_000 }, ann, LOCAL_ORIGIN);
    expect(rulesFound(doc)).toEqual([]);
  });

  it('reports labels the schema does not have, and clears when the label is fixed or added', () => {
    const doc = new Y.Doc();
    createTrack(doc, { id: 't1', labelId: 'truck', frame: 5, box }, ann, LOCAL_ORIGIN);
    expect(lintLayer(lintOf(doc))).toEqual([
      expect.objectContaining({ rule: 'label-not-in-schema', location: { frame: 5 } }),
    ]);
    expect(rulesFound(doc, ['car', 'truck'])).toEqual([]);
    setLabel(doc, 't1', 'car', ann, LOCAL_ORIGIN);
    expect(rulesFound(doc)).toEqual([]);
  });

  it('reports a mask of another size or past the last frame, and clears when it fits', () => {
    const doc = new Y.Doc();
    createMask(doc, { id: 'm1', labelId: 'car', width: 32, height: 48 }, ann, LOCAL_ORIGIN);
    const stroke = (frame: number) => ({
      kind: 'stroke' as const,
      mode: 'paint' as const,
      frame,
      by: 'ann',
      atMs: 1,
      radius: 4,
      points: [8, 8],
    });
    addMaskOperation(doc, 'm1', stroke(3), LOCAL_ORIGIN);
    expect(rulesFound(doc)).toEqual(['mask-outside-media']);
    (objectsOf(doc).get('m1') as Y.Map<unknown>).set('width', 64);
    expect(rulesFound(doc)).toEqual([]);
    addMaskOperation(doc, 'm1', stroke(150), LOCAL_ORIGIN);
    expect(lintLayer(lintOf(doc))).toEqual([
      expect.objectContaining({ rule: 'mask-outside-media', location: { frame: 150 } }),
    ]);
  });

  it('reports what the reader found broken in storage, and clears once it is repaired', () => {
    const doc = new Y.Doc();
    createTrack(doc, { id: 't1', labelId: 'car', frame: 5, box }, ann, LOCAL_ORIGIN);
    const record = objectsOf(doc).get('t1') as Y.Map<unknown>;
    const keyframes = record.get('keyframes') as Y.Map<unknown>;
    keyframes.set('7', { box: 'not a box' });
    expect(lintLayer(lintOf(doc))).toEqual([
      expect.objectContaining({ rule: 'stored-violation', recordIds: ['t1'], severity: 'error' }),
    ]);
    keyframes.delete('7');
    expect(rulesFound(doc)).toEqual([]);
  });

  it('lists nothing twice and keeps ids stable while a problem stays', () => {
    const doc = new Y.Doc();
    segment(doc, 's1', 3_000, 4_500, 'A');
    segment(doc, 's2', 3_100, 4_600, 'A');
    const first = lintLayer(lintOf(doc)).map((entry) => entry.id);
    segment(doc, 's3', 0, 100, null);
    expect(lintLayer(lintOf(doc)).map((entry) => entry.id)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });
});
