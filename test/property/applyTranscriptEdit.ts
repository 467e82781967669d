import * as Y from 'yjs';
import { objectsOf, transcriptOf } from '../../shared/doc/layerRoots.ts';
import { UTTERANCE_NODE, UTTERANCE_SEGMENT_ATTR } from '../../shared/doc/roots.ts';
import type { Author } from '../../shared/doc/writeRecords.ts';
import { createSegment, updateSegment } from '../../shared/doc/writeRecords.ts';
import type { LayerEdit } from './layerEditArbitrary.ts';

/** The transcript tier utterance segments are created on. */
export const UTTERANCE_TIER = 'utterances';

type TranscriptEdit = Extract<
  LayerEdit,
  { kind: 'insertUtterance' | 'deleteUtterance' | 'splitUtterance' | 'editUtterance' }
>;

function utterance(segmentId: string, text: string): Y.XmlElement {
  const element = new Y.XmlElement(UTTERANCE_NODE);
  element.setAttribute(UTTERANCE_SEGMENT_ATTR, segmentId);
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

function utteranceAt(
  doc: Y.Doc,
  position: number,
): { element: Y.XmlElement; text: Y.XmlText } | null {
  const fragment = transcriptOf(doc);
  if (fragment.length === 0) return null;
  const element = fragment.get(position % fragment.length);
  const text = element instanceof Y.XmlElement ? element.get(0) : null;
  return element instanceof Y.XmlElement && text instanceof Y.XmlText ? { element, text } : null;
}

function segmentRange(doc: Y.Doc, id: string): { startMs: number; endMs: number } | null {
  const record = objectsOf(doc).get(id);
  if (!(record instanceof Y.Map) || record.get('kind') !== 'segment') return null;
  const startMs = record.get('startMs');
  const endMs = record.get('endMs');
  return typeof startMs === 'number' && typeof endMs === 'number' ? { startMs, endMs } : null;
}

/** Splits an utterance's text at an offset and its segment at a time, in one transaction, as the editor does. */
function splitUtterance(
  doc: Y.Doc,
  edit: Extract<TranscriptEdit, { kind: 'splitUtterance' }>,
  author: Author,
  origin: unknown,
): boolean {
  const found = utteranceAt(doc, edit.position);
  if (!found) return false;
  const offset = Math.min(edit.offset, found.text.length);
  const tail = found.text.toString().slice(offset);
  const oldSegmentId = found.element.getAttribute(UTTERANCE_SEGMENT_ATTR);
  const oldRange = typeof oldSegmentId === 'string' ? segmentRange(doc, oldSegmentId) : null;
  const splitsOld =
    oldRange !== null && oldRange.startMs <= edit.startMs && edit.startMs <= oldRange.endMs;
  const fragment = transcriptOf(doc);
  const index = fragment.toArray().indexOf(found.element);
  doc.transact(() => {
    found.text.delete(offset, found.text.length - offset);
    fragment.insert(index + 1, [utterance(edit.segmentId, tail)]);
    if (splitsOld && typeof oldSegmentId === 'string') {
      updateSegment(doc, oldSegmentId, { endMs: edit.startMs }, author, origin);
    }
    const endMs = splitsOld && oldRange ? oldRange.endMs : edit.startMs;
    createSegment(
      doc,
      {
        id: edit.segmentId,
        tierId: UTTERANCE_TIER,
        startMs: edit.startMs,
        endMs,
        labelId: null,
        speaker: null,
      },
      author,
      origin,
    );
  }, origin);
  return true;
}

/** Applies an edit of the transcript fragment; false when there is nothing to edit. */
export function applyTranscriptEdit(
  doc: Y.Doc,
  edit: TranscriptEdit,
  author: Author,
  origin: unknown,
): boolean {
  const fragment = transcriptOf(doc);
  switch (edit.kind) {
    case 'insertUtterance':
      doc.transact(() => {
        fragment.insert(edit.position % (fragment.length + 1), [
          utterance(edit.segmentId, edit.text),
        ]);
      }, origin);
      return true;
    case 'deleteUtterance':
      if (fragment.length === 0) return false;
      doc.transact(() => fragment.delete(edit.position % fragment.length, 1), origin);
      return true;
    case 'splitUtterance':
      return splitUtterance(doc, edit, author, origin);
    case 'editUtterance': {
      const found = utteranceAt(doc, edit.position);
      if (!found) return false;
      const offset = Math.min(edit.offset, found.text.length);
      doc.transact(() => {
        found.text.delete(offset, Math.min(edit.deleteCount, found.text.length - offset));
        found.text.insert(offset, edit.text);
      }, origin);
      return true;
    }
  }
}
