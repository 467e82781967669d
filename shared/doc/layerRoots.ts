import type * as Y from 'yjs';
import { ROOT_META, ROOT_OBJECTS, ROOT_TRANSCRIPT } from './roots.ts';

/** A record as stored: one Y.Map per annotation object, one field per key. */
export type YRecord = Y.Map<unknown>;

/** The `objects` root: annotation records by id. */
export function objectsOf(doc: Y.Doc): Y.Map<YRecord> {
  return doc.getMap<YRecord>(ROOT_OBJECTS);
}

/** The `meta` root: schema versions, item id, layer id. */
export function metaOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ROOT_META);
}

/** The `transcript` root: Tiptap's fragment of utterance blocks. */
export function transcriptOf(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(ROOT_TRANSCRIPT);
}
