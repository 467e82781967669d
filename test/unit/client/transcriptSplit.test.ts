import { getSchema } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import {
  ySyncPlugin,
  yUndoPlugin,
  yUndoPluginKey,
  yXmlFragmentToProseMirrorRootNode,
} from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { includeRecordsInUndo } from '../../../client/transcript/includeRecordsInUndo.ts';
import { mergeUtterances } from '../../../client/transcript/mergeUtterances.ts';
import { splitUtterance } from '../../../client/transcript/splitUtterance.ts';
import { transcriptSchemaExtensions } from '../../../client/transcript/transcriptSchemaExtensions.ts';
import { objectsOf, transcriptOf } from '../../../shared/doc/layerRoots.ts';
import { REMOTE_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { UTTERANCE_NODE, UTTERANCE_SEGMENT_ATTR } from '../../../shared/doc/roots.ts';
import { createSegment } from '../../../shared/doc/writeRecords.ts';

const author = { userId: 'ana', nowMs: 1_700_000_000_000 };

function docWithUtterance(text: string, startMs = 1_000, endMs = 5_000): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    createSegment(
      doc,
      { id: 's1', tierId: 'tx', startMs, endMs, labelId: 'lbl', speaker: 'Ana' },
      author,
      REMOTE_ORIGIN,
    );
    const block = new Y.XmlElement(UTTERANCE_NODE);
    block.setAttribute(UTTERANCE_SEGMENT_ATTR, 's1');
    block.insert(0, [new Y.XmlText(text)]);
    transcriptOf(doc).insert(0, [block]);
  }, REMOTE_ORIGIN);
  return doc;
}

function blocks(doc: Y.Doc): Array<{ segmentId: unknown; text: string }> {
  return transcriptOf(doc)
    .toArray()
    .map((block) => ({
      segmentId: (block as Y.XmlElement).getAttribute(UTTERANCE_SEGMENT_ATTR),
      text: (block as Y.XmlElement)
        .toArray()
        .map((child) => (child instanceof Y.XmlText ? child.toString() : '<inline>'))
        .join(''),
    }));
}

function ranges(doc: Y.Doc) {
  return readLayer(doc).segments.map(({ id, startMs, endMs, speaker, labelId, tierId }) => ({
    id,
    startMs,
    endMs,
    speaker,
    labelId,
    tierId,
  }));
}

/** The editor's own collaborative undo manager, as Collaboration's plugins create it, widened as the pane widens it. */
function editorUndoManager(doc: Y.Doc): Y.UndoManager {
  const state = EditorState.create({
    schema: getSchema(transcriptSchemaExtensions()),
    plugins: [ySyncPlugin(transcriptOf(doc)), yUndoPlugin()],
  });
  const undoManager = yUndoPluginKey.getState(state).undoManager as Y.UndoManager;
  includeRecordsInUndo(undoManager, doc);
  return undoManager;
}

function sync(left: Y.Doc, right: Y.Doc): void {
  Y.applyUpdate(right, Y.encodeStateAsUpdate(left, Y.encodeStateVector(right)), REMOTE_ORIGIN);
  Y.applyUpdate(left, Y.encodeStateAsUpdate(right, Y.encodeStateVector(left)), REMOTE_ORIGIN);
}

describe('splitting an utterance', () => {
  it('moves the text after the caret and the time after the split into a new utterance', () => {
    const doc = docWithUtterance('hello world');
    const result = splitUtterance(doc, {
      segmentId: 's1',
      textOffset: 6,
      atMs: 3_000,
      newSegmentId: 's2',
      author,
    });
    expect(result).toEqual({ ok: true, value: 's2' });
    expect(blocks(doc)).toEqual([
      { segmentId: 's1', text: 'hello ' },
      { segmentId: 's2', text: 'world' },
    ]);
    expect(ranges(doc)).toEqual([
      { id: 's1', startMs: 1_000, endMs: 3_000, speaker: 'Ana', labelId: 'lbl', tierId: 'tx' },
      { id: 's2', startMs: 3_000, endMs: 5_000, speaker: 'Ana', labelId: 'lbl', tierId: 'tx' },
    ]);
    expect(readLayer(doc).violations).toEqual([]);
  });

  it('changes the text and both segments in one transaction', () => {
    const doc = docWithUtterance('hello world');
    const transactions: Y.Transaction[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => transactions.push(transaction));
    splitUtterance(doc, {
      segmentId: 's1',
      textOffset: 6,
      atMs: 3_000,
      newSegmentId: 's2',
      author,
    });
    expect(transactions).toHaveLength(1);
    const changed = [...transactions[0]!.changedParentTypes.keys()];
    expect(changed).toContain(transcriptOf(doc));
    expect(changed).toContain(objectsOf(doc));
  });

  it('keeps text formatting on both sides of the split', () => {
    const doc = docWithUtterance('');
    const text = (transcriptOf(doc).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.applyDelta([
      { insert: 'plain ' },
      { insert: 'loud', attributes: { bold: {} } },
      { insert: ' end' },
    ]);
    splitUtterance(doc, {
      segmentId: 's1',
      textOffset: 8,
      atMs: 2_000,
      newSegmentId: 's2',
      author,
    });
    const [first, second] = transcriptOf(doc).toArray() as Y.XmlElement[];
    expect((first!.get(0) as Y.XmlText).toDelta()).toEqual([
      { insert: 'plain ' },
      { insert: 'lo', attributes: { bold: {} } },
    ]);
    expect((second!.get(0) as Y.XmlText).toDelta()).toEqual([
      { insert: 'ud', attributes: { bold: {} } },
      { insert: ' end' },
    ]);
  });

  it('splits at the very start or end of the text, leaving an empty utterance', () => {
    const atEnd = docWithUtterance('hello');
    splitUtterance(atEnd, {
      segmentId: 's1',
      textOffset: 5,
      atMs: 4_000,
      newSegmentId: 's2',
      author,
    });
    expect(blocks(atEnd)).toEqual([
      { segmentId: 's1', text: 'hello' },
      { segmentId: 's2', text: '' },
    ]);
    const atStart = docWithUtterance('hello');
    splitUtterance(atStart, {
      segmentId: 's1',
      textOffset: 0,
      atMs: 1_001,
      newSegmentId: 's2',
      author,
    });
    expect(blocks(atStart)).toEqual([
      { segmentId: 's1', text: '' },
      { segmentId: 's2', text: 'hello' },
    ]);
  });

  it('refuses a split time outside the utterance and leaves the document untouched', () => {
    const doc = docWithUtterance('hello world');
    const before = Y.encodeStateVector(doc);
    const result = splitUtterance(doc, {
      segmentId: 's1',
      textOffset: 6,
      atMs: 5_000,
      newSegmentId: 's2',
      author,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('strictly inside 1000–5000 ms');
    expect(Y.encodeStateVector(doc)).toEqual(before);
    const missing = splitUtterance(doc, {
      segmentId: 'nope',
      textOffset: 0,
      atMs: 2_000,
      newSegmentId: 's2',
      author,
    });
    expect(missing.ok).toBe(false);
  });

  it('reads back as a valid editor document under the transcript schema', () => {
    const doc = docWithUtterance('hello world');
    splitUtterance(doc, {
      segmentId: 's1',
      textOffset: 6,
      atMs: 3_000,
      newSegmentId: 's2',
      author,
    });
    const schema = getSchema(transcriptSchemaExtensions());
    const node = yXmlFragmentToProseMirrorRootNode(transcriptOf(doc), schema);
    expect(() => node.check()).not.toThrow();
    expect(node.childCount).toBe(2);
    expect(node.child(1).attrs[UTTERANCE_SEGMENT_ATTR]).toBe('s2');
    expect(node.child(1).textContent).toBe('world');
  });

  it("is undone and redone as one step by the editor's collaborative undo, text and segments together", () => {
    const doc = docWithUtterance('hello world');
    const undoManager = editorUndoManager(doc);
    splitUtterance(doc, {
      segmentId: 's1',
      textOffset: 6,
      atMs: 3_000,
      newSegmentId: 's2',
      author,
    });
    expect(undoManager.undoStack).toHaveLength(1);
    undoManager.undo();
    expect(blocks(doc)).toEqual([{ segmentId: 's1', text: 'hello world' }]);
    expect(ranges(doc)).toEqual([
      { id: 's1', startMs: 1_000, endMs: 5_000, speaker: 'Ana', labelId: 'lbl', tierId: 'tx' },
    ]);
    undoManager.redo();
    expect(blocks(doc).map((block) => block.text)).toEqual(['hello ', 'world']);
    expect(ranges(doc).map((segment) => segment.endMs)).toEqual([3_000, 5_000]);
  });

  it("never records remote edits in the editor's collaborative undo", () => {
    const doc = docWithUtterance('hello world');
    const undoManager = editorUndoManager(doc);
    const remote = new Y.Doc();
    sync(doc, remote);
    splitUtterance(remote, {
      segmentId: 's1',
      textOffset: 6,
      atMs: 3_000,
      newSegmentId: 's2',
      author,
    });
    sync(doc, remote);
    expect(blocks(doc)).toHaveLength(2);
    expect(undoManager.undoStack).toHaveLength(0);
  });

  it('converges when two people split and type in the same utterance at once', () => {
    const left = docWithUtterance('hello brave new world');
    const right = new Y.Doc();
    sync(left, right);
    splitUtterance(left, {
      segmentId: 's1',
      textOffset: 6,
      atMs: 2_000,
      newSegmentId: 'left',
      author,
    });
    splitUtterance(right, {
      segmentId: 's1',
      textOffset: 12,
      atMs: 4_000,
      newSegmentId: 'right',
      author,
    });
    const rightText = (transcriptOf(right).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    rightText.insert(0, '» ');
    sync(left, right);
    expect(transcriptOf(left).toJSON()).toEqual(transcriptOf(right).toJSON());
    expect(objectsOf(left).toJSON()).toEqual(objectsOf(right).toJSON());
    expect(blocks(left)[0]).toEqual({ segmentId: 's1', text: '» hello ' });
    const schema = getSchema(transcriptSchemaExtensions());
    expect(() =>
      yXmlFragmentToProseMirrorRootNode(transcriptOf(left), schema).check(),
    ).not.toThrow();
  });
});

describe('merging utterances', () => {
  it('is undone as one step, bringing back the second utterance and its segment', () => {
    const doc = docWithUtterance('hello world');
    splitUtterance(doc, {
      segmentId: 's1',
      textOffset: 6,
      atMs: 3_000,
      newSegmentId: 's2',
      author,
    });
    const undoManager = editorUndoManager(doc);
    mergeUtterances(doc, { firstSegmentId: 's1', secondSegmentId: 's2', author });
    expect(undoManager.undoStack).toHaveLength(1);
    undoManager.undo();
    expect(blocks(doc)).toEqual([
      { segmentId: 's1', text: 'hello ' },
      { segmentId: 's2', text: 'world' },
    ]);
    expect(ranges(doc)).toEqual([
      { id: 's1', startMs: 1_000, endMs: 3_000, speaker: 'Ana', labelId: 'lbl', tierId: 'tx' },
      { id: 's2', startMs: 3_000, endMs: 5_000, speaker: 'Ana', labelId: 'lbl', tierId: 'tx' },
    ]);
  });

  it('joins the text and the time of two neighbours in one transaction', () => {
    const doc = docWithUtterance('hello world');
    splitUtterance(doc, {
      segmentId: 's1',
      textOffset: 6,
      atMs: 3_000,
      newSegmentId: 's2',
      author,
    });
    const transactions: Y.Transaction[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => transactions.push(transaction));
    const result = mergeUtterances(doc, { firstSegmentId: 's1', secondSegmentId: 's2', author });
    expect(result).toEqual({ ok: true, value: 6 });
    expect(transactions).toHaveLength(1);
    expect(blocks(doc)).toEqual([{ segmentId: 's1', text: 'hello world' }]);
    expect((transcriptOf(doc).get(0) as Y.XmlElement).length).toBe(1);
    expect(ranges(doc).map(({ id, startMs, endMs }) => ({ id, startMs, endMs }))).toEqual([
      { id: 's1', startMs: 1_000, endMs: 5_000 },
    ]);
  });

  it('refuses to merge utterances that are not neighbours', () => {
    const doc = docWithUtterance('one two three');
    splitUtterance(doc, {
      segmentId: 's1',
      textOffset: 8,
      atMs: 3_000,
      newSegmentId: 's3',
      author,
    });
    splitUtterance(doc, {
      segmentId: 's1',
      textOffset: 4,
      atMs: 2_000,
      newSegmentId: 's2',
      author,
    });
    expect(blocks(doc).map((block) => block.segmentId)).toEqual(['s1', 's2', 's3']);
    const result = mergeUtterances(doc, { firstSegmentId: 's1', secondSegmentId: 's3', author });
    expect(result).toEqual({ ok: false, error: 'only neighbouring utterances can be merged' });
  });
});
