import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { insertUtterance } from '../../../client/transcript/insertUtterance.ts';
import { splitTimeMs } from '../../../client/transcript/splitTimeMs.ts';
import { blockSegmentId } from '../../../client/transcript/utteranceBlocks.ts';
import { objectsOf, transcriptOf } from '../../../shared/doc/layerRoots.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';

const author = { userId: 'ana', nowMs: 1_700_000_000_000 };

function order(doc: Y.Doc): Array<string | null> {
  return transcriptOf(doc)
    .toArray()
    .map((block) => blockSegmentId(block as Y.XmlElement));
}

describe('inserting an utterance at the playhead', () => {
  it('creates the segment and its empty block in one transaction', () => {
    const doc = new Y.Doc();
    // Creating a root XmlFragment runs an empty transaction of its own; make the roots first.
    transcriptOf(doc);
    objectsOf(doc);
    const transactions: Y.Transaction[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => transactions.push(transaction));
    const result = insertUtterance(doc, {
      segmentId: 'u1',
      tierId: 'tx',
      range: { startMs: 4_000, endMs: 6_000 },
      speaker: 'Ana',
      author,
    });
    expect(result).toEqual({ ok: true, value: 0 });
    expect(transactions).toHaveLength(1);
    expect(order(doc)).toEqual(['u1']);
    expect(readLayer(doc).segments).toMatchObject([
      { id: 'u1', tierId: 'tx', startMs: 4_000, endMs: 6_000, speaker: 'Ana', createdBy: 'ana' },
    ]);
  });

  it('places blocks in the order their utterances start', () => {
    const doc = new Y.Doc();
    const insert = (segmentId: string, startMs: number) =>
      insertUtterance(doc, {
        segmentId,
        tierId: 'tx',
        range: { startMs, endMs: startMs + 2_000 },
        speaker: null,
        author,
      });
    insert('middle', 5_000);
    insert('last', 9_000);
    insert('first', 1_000);
    insert('second', 3_000);
    expect(order(doc)).toEqual(['first', 'second', 'middle', 'last']);
  });

  it('refuses a range that is empty or not in whole ms, writing nothing', () => {
    const doc = new Y.Doc();
    const empty = insertUtterance(doc, {
      segmentId: 'u1',
      tierId: 'tx',
      range: { startMs: 4_000, endMs: 4_000 },
      speaker: null,
      author,
    });
    expect(empty.ok).toBe(false);
    const fractional = insertUtterance(doc, {
      segmentId: 'u1',
      tierId: 'tx',
      range: { startMs: 4_000.5, endMs: 5_000 },
      speaker: null,
      author,
    });
    expect(fractional.ok).toBe(false);
    expect(objectsOf(doc).size).toBe(0);
    expect(transcriptOf(doc).length).toBe(0);
  });
});

describe('choosing where in time to split', () => {
  const range = { startMs: 1_000, endMs: 5_000 };

  it('splits at the playhead when it lies inside the utterance', () => {
    expect(splitTimeMs(range, 2, 10, 4_321.4)).toBe(4_321);
  });

  it('splits in proportion to the caret when the playhead is elsewhere', () => {
    expect(splitTimeMs(range, 5, 10, 9_000)).toBe(3_000);
    expect(splitTimeMs(range, 1, 4, 1_000)).toBe(2_000);
    expect(splitTimeMs(range, 0, 0, 0)).toBe(3_000);
  });

  it('keeps both halves at least 1 ms long', () => {
    expect(splitTimeMs(range, 0, 10, 0)).toBe(1_001);
    expect(splitTimeMs(range, 10, 10, 0)).toBe(4_999);
    expect(splitTimeMs({ startMs: 7, endMs: 8 }, 1, 2, 0)).toBeNull();
  });
});
