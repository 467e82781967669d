import type * as Y from 'yjs';
import { objectsOf, transcriptOf } from '../../shared/doc/layerRoots.ts';
import { linksOf } from '../../shared/doc/writeLinks.ts';
import { deleteRecord } from '../../shared/doc/writeRecords.ts';

/** True when the layer holds any record, transcript block or link. */
export function layerHasContent(doc: Y.Doc): boolean {
  return objectsOf(doc).size > 0 || transcriptOf(doc).length > 0 || linksOf(doc).size > 0;
}

/** Deletes every record, the whole transcript and every link; `meta` and the other roots are left alone. */
export function clearLayerContent(doc: Y.Doc, origin: unknown): void {
  for (const recordId of [...objectsOf(doc).keys()]) deleteRecord(doc, recordId, origin);
  const transcript = transcriptOf(doc);
  if (transcript.length > 0) transcript.delete(0, transcript.length);
  const links = linksOf(doc);
  for (const linkId of [...links.keys()]) links.delete(linkId);
}
