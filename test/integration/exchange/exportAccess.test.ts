import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { createTrack } from '../../../shared/doc/writeRecords.ts';
import { acknowledged } from '../collab/waitUntil.ts';
import { createUser, tokenFor } from '../testServer.ts';
import { annotateItem } from './annotateItem.ts';
import { exportOverHttp } from './exchangeHttp.ts';
import type { ExchangeServer } from './startExchangeServer.ts';
import { startExchangeServer } from './startExchangeServer.ts';

let server: ExchangeServer;

function layersOf(fileText: string): string[] {
  return (JSON.parse(fileText) as { layers: { layer: string }[] }).layers.map(
    (layer) => layer.layer,
  );
}

beforeAll(async () => {
  server = await startExchangeServer();
  await annotateItem(server, server.itemId);
  const gold = server.pool.open(
    itemDocumentName(server.projectId, server.itemId, 'gold'),
    server.admin.token,
  );
  await acknowledged(gold);
  const author = { userId: server.admin.user.id, nowMs: 1_700_000_000_000 };
  const box = { x: 1, y: 2, w: 3, h: 4 };
  createTrack(gold.document, { id: 'answer', labelId: 'car', frame: 5, box }, author, LOCAL_ORIGIN);
  await acknowledged(gold);
});

afterAll(() => server.close());

describe('who exports what', () => {
  it('leaves out a layer the user may not read', async () => {
    const forAnnotator = await exportOverHttp(
      server.url,
      server.annotator.token,
      server.projectId,
      server.itemId,
    );
    expect(forAnnotator.status).toBe(200);
    expect(layersOf(forAnnotator.text)).toEqual(['main']);
    expect(forAnnotator.text).not.toContain('answer');

    const forAdmin = await exportOverHttp(
      server.url,
      server.admin.token,
      server.projectId,
      server.itemId,
    );
    expect(layersOf(forAdmin.text)).toEqual(['gold', 'main']);
  });

  it('does not tell outsiders the item exists', async () => {
    const outsider = await createUser(server.testServer.metaStore, 'eve');
    const refused = await exportOverHttp(
      server.url,
      await tokenFor(outsider),
      server.projectId,
      server.itemId,
    );
    expect(refused.status).toBe(404);
    const missing = await exportOverHttp(
      server.url,
      server.admin.token,
      server.projectId,
      'nothing-here',
    );
    expect(missing.status).toBe(404);
    expect(JSON.parse(refused.text).error).toEqual(
      JSON.parse(missing.text.replace('nothing-here', server.itemId)).error,
    );
  });

  it('refuses requests without a token', async () => {
    const response = await fetch(
      `${server.url}/api/projects/${server.projectId}/items/${server.itemId}/export`,
    );
    expect(response.status).toBe(401);
  });
});
