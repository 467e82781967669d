import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { createTrack } from '../../../shared/doc/writeRecords.ts';
import type { ClientPool } from '../collab/ClientPool.ts';
import { acknowledged } from '../collab/waitUntil.ts';

/**
 * Leaves box tracks labelled `car` (from frame 0, 60 × 60 at y 40) in a layer as the token's user,
 * over a real provider, and waits until the server has stored them.
 */
export async function drawBoxTracks(
  pool: ClientPool,
  author: { token: string; userId: string },
  documentName: string,
  boxes: ReadonlyArray<{ id: string; x: number }>,
): Promise<void> {
  const provider = pool.open(documentName, author.token);
  await acknowledged(provider);
  for (const { id, x } of boxes) {
    const track = { id, labelId: 'car', frame: 0, box: { x, y: 40, w: 60, h: 60 } };
    createTrack(
      provider.document,
      track,
      { userId: author.userId, nowMs: Date.now() },
      LOCAL_ORIGIN,
    );
  }
  await acknowledged(provider);
  provider.destroy();
}
