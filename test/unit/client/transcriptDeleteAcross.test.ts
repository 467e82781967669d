import { getSchema } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import { ySyncPlugin, yUndoPlugin, yUndoPluginKey } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteAcrossUtterances } from '../../../client/transcript/deleteAcrossUtterances.ts';
import { includeRecordsInUndo } from '../../../client/transcript/includeRecordsInUndo.ts';
import { insertUtterance } from '../../../client/transcript/insertUtterance.ts';
import { transcriptSchemaExtensions } from '../../../client/transcript/transcriptSchemaExtensions.ts';
import { blockSegmentId } from '../../../client/transcript/utteranceBlocks.ts';
import { objectsOf, transcriptOf } from '../../../shared/doc/layerRoots.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';

const author = { userId: 'ana', nowMs: 1 };

function transcriptOfThree(): Y.Doc {
  const doc = new Y.Doc();
  const texts = ['one two', 'three', 'four five'];
  texts.forEach((text, index) => {
    insertUtterance(doc, {
      segmentId: `s${index + 1}`,
      tierId: 'tx',
      range: { startMs: index * 1_000, endMs: index * 1_000 + 900 },
      speaker: null,
      author,
    });
    const block = transcriptOf(doc).get(index) as Y.XmlElement;
    block.insert(0, [new Y.XmlText(text)]);
  });
  return doc;
}

function blocks(doc: Y.Doc) {
  return transcriptOf(doc)
    .toArray()
    .map((block) => [
      blockSegmentId(block as Y.XmlElement),
      (block as Y.XmlElement).toArray().join(''),
    ]);
}

describe('deleting text across utterances', () => {
  it('joins what is left into the first utterance, spanning all their time, in one transaction', () => {
    const doc = transcriptOfThree();
    const transactions: Y.Transaction[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => transactions.push(transaction));
    const result = deleteAcrossUtterances(doc, {
      fromSegmentId: 's1',
      fromOffset: 4,
      toSegmentId: 's3',
      toOffset: 5,
      author,
    });
    expect(result).toEqual({ ok: true, value: true });
    expect(transactions).toHaveLength(1);
    expect(blocks(doc)).toEqual([['s1', 'one five']]);
    expect(readLayer(doc).segments.map(({ id, startMs, endMs }) => [id, startMs, endMs])).toEqual([
      ['s1', 0, 2_900],
    ]);
  });

  it("is one step of the editor's undo, bringing back every utterance and segment", () => {
    const doc = transcriptOfThree();
    const state = EditorState.create({
      schema: getSchema(transcriptSchemaExtensions()),
      plugins: [ySyncPlugin(transcriptOf(doc)), yUndoPlugin()],
    });
    const undoManager = yUndoPluginKey.getState(state).undoManager as Y.UndoManager;
    includeRecordsInUndo(undoManager, doc);
    undoManager.clear();
    deleteAcrossUtterances(doc, {
      fromSegmentId: 's1',
      fromOffset: 4,
      toSegmentId: 's3',
      toOffset: 5,
      author,
    });
    undoManager.undo();
    expect(blocks(doc)).toEqual([
      ['s1', 'one two'],
      ['s2', 'three'],
      ['s3', 'four five'],
    ]);
    expect(objectsOf(doc).size).toBe(3);
    expect(readLayer(doc).segments.map((segment) => segment.endMs)).toEqual([900, 1_900, 2_900]);
  });

  it('refuses ends given out of order and changes nothing', () => {
    const doc = transcriptOfThree();
    const before = Y.encodeStateVector(doc);
    const result = deleteAcrossUtterances(doc, {
      fromSegmentId: 's3',
      fromOffset: 0,
      toSegmentId: 's1',
      toOffset: 1,
      author,
    });
    expect(result.ok).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});
