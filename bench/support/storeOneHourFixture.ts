import pino from 'pino';
import * as Y from 'yjs';
import { openStores } from '../../server/storage/openStores.ts';
import { stampDocument } from '../../shared/doc/layerMeta.ts';
import { META_ITEM_ID, META_LAYER_ID, META_PROJECT_ID } from '../../shared/doc/roots.ts';
import { buildOneHourLayer, generateOneHourLayer } from '../fixtures/oneHourLayer.ts';

/** The 1-hour fixture as this build stores it: keyframes in bases, `meta` stamped, so loading writes nothing. */
export function oneHourFixtureUpdate(): Uint8Array {
  const doc = buildOneHourLayer(generateOneHourLayer(), 'base');
  const ids = { [META_PROJECT_ID]: 'bench', [META_ITEM_ID]: 'clip', [META_LAYER_ID]: 'main' };
  stampDocument(doc, ids, null);
  return Y.encodeStateAsUpdate(doc);
}

/**
 * Stores `update` under `documentName` in the SQLite data of `dataDir` as a checkpoint, as a server
 * holds a document after a long session; returns the checkpoint's size in bytes.
 */
export async function storeAsCheckpoint(
  dataDir: string,
  documentName: string,
  update: Uint8Array,
): Promise<number> {
  const stores = await openStores(
    { dataDir, sqliteSynchronous: 'normal', databaseUrl: null, redisUrl: null },
    { logger: pino({ level: 'silent' }) },
  );
  try {
    const origin = { userId: null, connectionId: null, clientIds: [1], receivedAtMs: Date.now() };
    await stores.documentStore.appendUpdate(documentName, update, origin);
    const outcome = await stores.documentStore.checkpoint(documentName);
    if (!outcome.written) {
      throw new Error(`the fixture's checkpoint was not written: ${outcome.reason}`);
    }
    return outcome.stateBytes;
  } finally {
    stores.documentStore.close();
    await stores.close();
  }
}
