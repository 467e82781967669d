import type { Logger } from 'pino';
import * as Y from 'yjs';
import { objectsOf } from '../../shared/doc/layerRoots.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import { replayStoredDocument } from '../storage/replayStoredDocument.ts';

/**
 * How many annotation objects a stored layer holds; only those `createdBy` made, when given.
 * Every acknowledged edit is in storage, so this counts what its author was told is saved.
 */
export async function countLayerObjects(
  documentStore: Pick<DocumentStore, 'load'>,
  documentName: string,
  logger: Pick<Logger, 'error'>,
  createdBy?: string,
): Promise<number> {
  const doc = new Y.Doc();
  try {
    await replayStoredDocument(documentStore, documentName, doc, logger);
    const objects = [...objectsOf(doc).values()];
    if (createdBy === undefined) return objects.length;
    return objects.filter(
      (record) => record instanceof Y.Map && record.get('createdBy') === createdBy,
    ).length;
  } finally {
    doc.destroy();
  }
}
