import type { ItemId, LayerId, ProjectId } from '../../shared/schema/ids.ts';
import { itemDocumentName } from '../../shared/doc/documentName.ts';
import type { NativeItem, NativeLayer } from '../../shared/formats/native/nativeItemSchema.ts';
import {
  NATIVE_FORMAT,
  NATIVE_FORMAT_VERSION,
} from '../../shared/formats/native/nativeItemSchema.ts';
import {
  currentRecordVersions,
  DOCUMENT_SCHEMA_VERSION,
} from '../../shared/schema/schemaVersions.ts';
import { memoizeAccessReads } from '../auth/memoizeAccessReads.ts';
import type { ExchangeDependencies } from './ExchangeDependencies.ts';
import type { ExchangeFailure } from './ExchangeFailure.ts';
import { requestFailure } from './ExchangeFailure.ts';
import { exchangeLayerAccess } from './exchangeLayerAccess.ts';
import { listItemLayers } from './listItemLayers.ts';
import { nativeMediaOf } from './nativeMediaOf.ts';
import { readLayerDocument } from './readLayerDocument.ts';
import { readNativeLayer } from './readNativeLayer.ts';

/** Whose export of which item. */
export interface ExportRequest {
  userId: string;
  projectId: string;
  itemId: string;
}

/**
 * A whole item as a native file: every stored layer the user may read (each read as it is now,
 * live when it is open), the item and its media. Layers the user may not read are left out
 * without a trace; an item they may not see is not found.
 */
export async function exportItem(
  dependencies: ExchangeDependencies,
  request: ExportRequest,
): Promise<{ ok: true; value: NativeItem } | ExchangeFailure> {
  const { metaStore, documentStore, collab } = dependencies;
  const { userId, projectId, itemId } = request;
  const role = await metaStore.roleOf(projectId, userId);
  const item = role === null ? undefined : await metaStore.getItem(projectId, itemId);
  if (role === null || !item) {
    const message = `project '${projectId}' has no item '${itemId}' that you can see`;
    return requestFailure(404, 'not_found', message);
  }
  const reads = memoizeAccessReads(metaStore);
  const layers: NativeLayer[] = [];
  for (const layer of await listItemLayers(documentStore, projectId, itemId)) {
    const address = {
      scope: 'item' as const,
      projectId: projectId as ProjectId,
      itemId: itemId as ItemId,
      layer: layer as LayerId,
    };
    if ((await exchangeLayerAccess(reads, { userId, role }, address, true)) === 'none') continue;
    const documentName = itemDocumentName(projectId, itemId, layer);
    layers.push(
      await readLayerDocument(collab, documentName, (doc) => readNativeLayer(doc, layer)),
    );
  }
  const media = item.mediaId ? await metaStore.getMedia(item.mediaId) : undefined;
  return {
    ok: true,
    value: {
      format: NATIVE_FORMAT,
      version: NATIVE_FORMAT_VERSION,
      exportedAt: new Date().toISOString(),
      project: { id: projectId },
      item: { id: itemId, name: item.name, media: nativeMediaOf(media) },
      schemaVersions: { document: DOCUMENT_SCHEMA_VERSION, records: currentRecordVersions() },
      layers,
    },
  };
}
