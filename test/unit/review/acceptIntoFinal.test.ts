import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { acceptIntoFinal } from '../../../shared/agreement/acceptIntoFinal.ts';
import { readProvenance } from '../../../shared/agreement/finalProvenance.ts';
import { objectsOf, transcriptOf } from '../../../shared/doc/layerRoots.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { UTTERANCE_NODE, UTTERANCE_SEGMENT_ATTR } from '../../../shared/doc/roots.ts';
import { setAttribute } from '../../../shared/doc/writeAttributes.ts';
import { addMaskOperation, createMask } from '../../../shared/doc/writeMasks.ts';
import { createSegment, createTrack, setKeyframe } from '../../../shared/doc/writeRecords.ts';
import { importTrack } from '../../../shared/doc/importTrack.ts';

const ana = { userId: 'u-ana', nowMs: 1_000 };
const rae = { userId: 'u-rae', name: 'Rae' };
const box = (x: number) => ({ x, y: 20, w: 40, h: 30 });

function utteranceBlock(segmentId: string, words: string): Y.XmlElement {
  const block = new Y.XmlElement(UTTERANCE_NODE);
  block.setAttribute(UTTERANCE_SEGMENT_ATTR, segmentId);
  block.insert(0, [new Y.XmlText(words)]);
  return block;
}

function annotatedLayer(): Y.Doc {
  const doc = new Y.Doc();
  createTrack(doc, { id: 't1', labelId: 'car', frame: 3, box: box(10) }, ana, 'local');
  setKeyframe(doc, 't1', 9, { box: box(50), outside: false }, ana, 'local');
  setAttribute(doc, 't1', { id: 'colour', frame: null }, 'red', ana, 'local');
  importTrack(
    doc,
    {
      id: 't2',
      labelId: 'person',
      source: 'model.yolo',
      keyframes: [{ frame: 0, box: box(5), outside: false }],
    },
    ana,
    'local',
  );
  createMask(doc, { id: 'm1', labelId: 'car', width: 64, height: 48 }, ana, 'local');
  addMaskOperation(
    doc,
    'm1',
    {
      kind: 'polygon',
      mode: 'paint',
      frame: 2,
      by: 'u-ana',
      atMs: 5,
      points: [0, 0, 40, 0, 40, 40],
    },
    'local',
  );
  const segment = { tierId: 'speech', labelId: null, speaker: 'A' };
  createSegment(doc, { id: 's1', startMs: 0, endMs: 900, ...segment }, ana, 'local');
  createSegment(doc, { id: 's2', startMs: 1_000, endMs: 1_800, ...segment }, ana, 'local');
  transcriptOf(doc).insert(0, [
    utteranceBlock('s1', 'hello there'),
    utteranceBlock('s2', 'general'),
  ]);
  return doc;
}

function accept(final: Y.Doc, source: Y.Doc, objectIds: string[], sourceLayer = 'a.ana') {
  return acceptIntoFinal(
    final,
    source,
    { objectIds, sourceLayer, disagreementId: 'd-1', decidedBy: rae, nowMs: 5_000.7 },
    'local',
  );
}

describe('accepting one layer’s version into final', () => {
  it('copies whole records under their own ids: keyframes, binary bases, attributes and mask operations', () => {
    const source = annotatedLayer();
    const final = new Y.Doc();
    const result = accept(final, source, ['t1', 't2', 'm1']);
    expect(result).toEqual({ ok: true, value: { copied: ['t1', 't2', 'm1'], removed: [] } });
    const read = readLayer(final);
    const original = readLayer(source);
    expect(read.tracks).toEqual(original.tracks);
    expect(read.masks).toEqual(original.masks);
    expect(read.violations).toEqual([]);
    expect(read.tracks.find((track) => track.id === 't1')?.attributes).toEqual({ colour: 'red' });
  });

  it('records where each copied object came from, who decided and when', () => {
    const final = new Y.Doc();
    accept(final, annotatedLayer(), ['t1']);
    expect(readProvenance(final).get('t1')).toEqual({
      objectId: 't1',
      sourceLayer: 'a.ana',
      disagreementId: 'd-1',
      decidedBy: rae,
      decidedAtMs: 5_000,
    });
  });

  it('replaces final’s version and removes the objects the chosen layer does not have', () => {
    const source = annotatedLayer();
    const other = new Y.Doc();
    createTrack(other, { id: 'x9', labelId: 'car', frame: 3, box: box(200) }, ana, 'local');
    const final = new Y.Doc();
    accept(final, other, ['x9', 't1'], 'a.ben');
    expect(readLayer(final).tracks.map((track) => track.id)).toEqual(['x9']);
    const result = accept(final, source, ['x9', 't1']);
    expect(result).toEqual({ ok: true, value: { copied: ['t1'], removed: ['x9'] } });
    expect(readLayer(final).tracks.map((track) => track.id)).toEqual(['t1']);
    expect([...readProvenance(final).keys()]).toEqual(['t1']);
  });

  it('does it in one transaction that replicates to another copy of final', () => {
    const final = new Y.Doc();
    const replica = new Y.Doc();
    let transactions = 0;
    final.on('update', (update: Uint8Array) => {
      transactions += 1;
      Y.applyUpdate(replica, update);
    });
    accept(final, annotatedLayer(), ['t1', 's1', 'm1']);
    expect(transactions).toBe(1);
    expect(readLayer(replica)).toEqual(readLayer(final));
    expect(readProvenance(replica)).toEqual(readProvenance(final));
  });

  it('brings a segment’s words along, in time order, and takes them away with it', () => {
    const source = annotatedLayer();
    const final = new Y.Doc();
    accept(final, source, ['s2']);
    accept(final, source, ['s1']);
    const words = () =>
      transcriptOf(final)
        .toArray()
        .map((block) => (block as Y.XmlElement).toString());
    expect(words()).toEqual([
      '<utterance segmentId="s1">hello there</utterance>',
      '<utterance segmentId="s2">general</utterance>',
    ]);
    accept(final, new Y.Doc(), ['s1'], 'a.ben');
    expect(words()).toEqual(['<utterance segmentId="s2">general</utterance>']);
    expect(objectsOf(final).has('s1')).toBe(false);
  });

  it('refuses what cannot be accepted, saying why, and changes nothing', () => {
    const source = annotatedLayer();
    const final = new Y.Doc();
    const attempt = (objectIds: string[], sourceLayer: string, into = final) =>
      acceptIntoFinal(
        into,
        source,
        { objectIds, sourceLayer, disagreementId: null, decidedBy: rae, nowMs: 1 },
        'local',
      );
    expect(attempt([], 'a.ana')).toEqual({
      ok: false,
      error: 'name at least one object whose version to accept',
    });
    expect(attempt(['t1'], 'final')).toMatchObject({
      ok: false,
      error: expect.stringContaining('"final" is not a layer'),
    });
    expect(attempt(['t1'], 'A B')).toMatchObject({ ok: false });
    expect(attempt(['t1'], 'a.ana', source)).toEqual({
      ok: false,
      error: 'the final layer cannot accept its own version',
    });
    objectsOf(source).set('broken', 'not a record' as never);
    expect(attempt(['broken'], 'a.ana')).toMatchObject({
      ok: false,
      error: expect.stringContaining('object broken of a.ana is not a record'),
    });
    expect(objectsOf(final).size).toBe(0);
  });
});
