import type { Hocuspocus } from '@hocuspocus/server';
import type * as Y from 'yjs';
import type { AgreementContext } from '../../shared/agreement/incremental/IncrementalAgreement.ts';
import { projectDocumentName } from '../../shared/doc/documentName.ts';
import { readLabelSchema } from '../../shared/doc/projectSchemaDoc.ts';
import type { MetaStore } from '../storage/MetaStore.ts';

/** Reads a document through a direct connection (loading it when needed), then lets it go. */
export async function readDocument<T>(
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

/** What an item is compared with: its media's size and frames, the project's labels and tiers. */
export async function readAgreementContext(
  hocuspocus: Hocuspocus,
  metaStore: MetaStore,
  projectId: string,
  itemId: string,
): Promise<AgreementContext> {
  const schema = await readDocument(hocuspocus, projectDocumentName(projectId, 'schema'), (doc) =>
    readLabelSchema(doc),
  );
  const item = await metaStore.getItem(projectId, itemId);
  const media = item?.mediaId ? await metaStore.getMedia(item.mediaId) : undefined;
  return {
    // An item without video frames is compared on its segments only.
    media: media
      ? { width: media.width, height: media.height, frameCount: media.frameCount }
      : { width: 1, height: 1, frameCount: 0 },
    labels: schema.labels,
    tiers: schema.tiers,
  };
}
