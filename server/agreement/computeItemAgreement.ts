import type { Hocuspocus } from '@hocuspocus/server';
import type * as Y from 'yjs';
import type { ItemAgreement } from '../../shared/agreement/itemAgreement.ts';
import { itemAgreement } from '../../shared/agreement/itemAgreement.ts';
import { itemDocumentName, projectDocumentName } from '../../shared/doc/documentName.ts';
import { GOLD_LAYER } from '../../shared/doc/layerKind.ts';
import { readLabelSchema } from '../../shared/doc/projectSchemaDoc.ts';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import { readLayer } from '../../shared/doc/readLayer.ts';
import type { Result } from '../../shared/schema/result.ts';
import type { MetaStore } from '../storage/MetaStore.ts';

/** Reads a document through a direct connection (loading it when needed), then lets it go. */
async function readDocument<T>(
  hocuspocus: Hocuspocus,
  documentName: string,
  read: (doc: Y.Doc) => T,
): Promise<T> {
  const connection = await hocuspocus.openDirectConnection(documentName, {});
  try {
    if (!connection.document) throw new Error(`${documentName} closed before it could be read`);
    return read(connection.document);
  } finally {
    await connection.disconnect();
  }
}

/**
 * The agreement of an item as it is now: every assignment layer (`a.<id>`) and `gold` when it
 * exists, compared pair by pair with the project's labels and tiers and the item's media size.
 */
export async function computeItemAgreement(
  hocuspocus: Hocuspocus,
  metaStore: MetaStore,
  projectId: string,
  itemId: string,
  hasDocument: (documentName: string) => Promise<boolean>,
): Promise<Result<ItemAgreement>> {
  const assignments = await metaStore.listAssignmentsOfItem(projectId, itemId);
  const names = assignments.map((assignment) => `a.${assignment.id}`);
  if (await hasDocument(itemDocumentName(projectId, itemId, GOLD_LAYER))) names.push(GOLD_LAYER);
  const layers = new Map<string, LayerSnapshot>();
  for (const name of names.sort()) {
    const snapshot = await readDocument(
      hocuspocus,
      itemDocumentName(projectId, itemId, name),
      (doc) => readLayer(doc),
    );
    layers.set(name, snapshot);
  }
  const schema = await readDocument(hocuspocus, projectDocumentName(projectId, 'schema'), (doc) =>
    readLabelSchema(doc),
  );
  const item = await metaStore.getItem(projectId, itemId);
  const media = item?.mediaId ? await metaStore.getMedia(item.mediaId) : undefined;
  return itemAgreement(layers, {
    // An item without video frames is compared on its segments only.
    media: media ?? { width: 1, height: 1, frameCount: 0 },
    labels: schema.labels,
    tiers: schema.tiers,
  });
}
