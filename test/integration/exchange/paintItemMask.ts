import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { objectsOf } from '../../../shared/doc/layerRoots.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { addMaskOperation, createMask } from '../../../shared/doc/writeMasks.ts';
import { acknowledged, waitUntil } from '../collab/waitUntil.ts';
import type { ExchangeServer } from './startExchangeServer.ts';

/**
 * Two people paint one mask `road` on the 640 × 360 demo media over real sockets: a stroke each
 * and an erasing polygon. Resolves once the server acknowledged every edit.
 */
export async function paintItemMask(server: ExchangeServer, itemId: string, layer = 'main') {
  const name = itemDocumentName(server.projectId, itemId, layer);
  const first = server.pool.open(name, server.admin.token);
  const second = server.pool.open(name, server.annotator.token);
  await Promise.all([acknowledged(first), acknowledged(second)]);
  const stamp = (userId: string) => ({ frame: 30, by: userId, atMs: 1_700_000_100_000 });
  const ada = server.admin.user.id;
  createMask(
    first.document,
    { id: 'road', labelId: 'car', width: 640, height: 360 },
    { userId: ada, nowMs: 1_700_000_100_000 },
    LOCAL_ORIGIN,
  );
  const stroke = { kind: 'stroke' as const, mode: 'paint' as const, radius: 40 };
  addMaskOperation(
    first.document,
    'road',
    { ...stroke, points: [0, 800, 2000, 820], ...stamp(ada) },
    LOCAL_ORIGIN,
  );
  const polygon = {
    kind: 'polygon' as const,
    mode: 'erase' as const,
    points: [400, 700, 800, 700, 600, 900],
  };
  addMaskOperation(first.document, 'road', { ...polygon, ...stamp(ada) }, LOCAL_ORIGIN);
  await waitUntil(
    () => objectsOf(second.document).has('road'),
    'the mask reaching the second person',
  );
  const ann = server.annotator.user.id;
  addMaskOperation(
    second.document,
    'road',
    { ...stroke, points: [100, 200, 1500, 1300], ...stamp(ann) },
    LOCAL_ORIGIN,
  );
  await acknowledged(second);
  await acknowledged(first);
}
