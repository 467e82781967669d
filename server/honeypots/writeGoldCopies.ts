import { itemDocumentName } from '../../shared/doc/documentName.ts';
import { GOLD_LAYER } from '../../shared/doc/layerKind.ts';
import { SERVER_ORIGIN } from '../../shared/doc/origins.ts';
import type { NativeLayer } from '../../shared/formats/native/nativeItemSchema.ts';
import type { ExchangeDependencies } from '../exchange/ExchangeDependencies.ts';
import { writeNativeLayer } from '../exchange/writeNativeLayer.ts';

/**
 * Writes `gold` into the `gold` layer of each new item, logged under `userId`. Call it before the
 * items are stored: the server refuses every document of an item that does not exist, so until
 * then nobody can open a copy, and a request that fails afterwards leaves only unreachable ones.
 */
export async function writeGoldCopies(
  collab: ExchangeDependencies['collab'],
  target: { projectId: string; itemIds: readonly string[]; userId: string },
  gold: NativeLayer,
): Promise<void> {
  for (const itemId of target.itemIds) {
    await collab.serverWrite(
      itemDocumentName(target.projectId, itemId, GOLD_LAYER),
      (doc) => writeNativeLayer(doc, gold, SERVER_ORIGIN),
      { userId: target.userId },
    );
  }
}
