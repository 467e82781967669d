import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { createTrack } from '../../../shared/doc/writeRecords.ts';
import { decodeNativeItem } from '../../../shared/formats/native/decodeNativeItem.ts';
import { readUtteranceTexts } from '../../../server/history/readUtteranceTexts.ts';
import { acknowledged } from '../collab/waitUntil.ts';
import { annotateItem } from './annotateItem.ts';
import { paintItemMask } from './paintItemMask.ts';
import { comparable, exportOverHttp, importOverHttp } from './exchangeHttp.ts';
import type { ExchangeServer } from './startExchangeServer.ts';
import { startExchangeServer } from './startExchangeServer.ts';

let server: ExchangeServer;

beforeAll(async () => {
  server = await startExchangeServer();
  await annotateItem(server, server.itemId);
  await paintItemMask(server, server.itemId);
  const gold = server.pool.open(
    itemDocumentName(server.projectId, server.itemId, 'gold'),
    server.admin.token,
  );
  await acknowledged(gold);
  const author = { userId: server.admin.user.id, nowMs: 1_700_000_100_000 };
  createTrack(
    gold.document,
    { id: 'goldcar', labelId: 'car', frame: 30, box: { x: 1, y: 2, w: 3, h: 4 } },
    author,
    LOCAL_ORIGIN,
  );
  await acknowledged(gold);
});

afterAll(() => server.close());

describe('exporting an item and importing it into another', () => {
  it('exports every layer as a native file to download', async () => {
    const exported = await exportOverHttp(
      server.url,
      server.admin.token,
      server.projectId,
      server.itemId,
    );
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toBe(
      `attachment; filename="${server.projectId}-${server.itemId}.concord.json"`,
    );
    const decoded = decodeNativeItem(exported.text);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.problems));
    const file = decoded.value;
    expect(file.item.media).toMatchObject({ frameCount: 600, durationMs: 20020, width: 640 });
    expect(file.layers.map((layer) => layer.layer)).toEqual(['gold', 'main']);
    const main = file.layers[1]!;
    expect(main.records.map((record) => record.id)).toEqual([
      'car1',
      'car2',
      'road',
      'utt1',
      'utt2',
      'honk',
    ]);
    expect(main.records[0]).toMatchObject({
      kind: 'track',
      labelId: 'car',
      createdBy: server.admin.user.id,
      updatedBy: server.annotator.user.id,
      attributes: { colour: 'red', tags: ['parked', 'occluding'] },
      keyframes: {
        '12': { box: { x: 10, y: 40.5, w: 80, h: 60.25 }, outside: false },
        '120': { outside: false },
        '599': { outside: true },
      },
    });
    expect(Object.keys((main.records[0] as { keyframes: object }).keyframes)).toEqual([
      '12',
      '120',
      '599',
    ]);
    expect(main.records[2]).toMatchObject({ kind: 'mask', width: 640, height: 360 });
    const operations = (main.records[2] as { operations: { kind: string; by: string }[] })
      .operations;
    expect(operations.map((operation) => operation.kind).sort()).toEqual([
      'polygon',
      'stroke',
      'stroke',
    ]);
    expect(new Set(operations.map((operation) => operation.by)).size).toBe(2);
    expect(main.transcript).toEqual([
      { segmentId: 'utt1', text: 'Welcome to the Concord demo.' },
      { segmentId: 'utt2', text: 'The orange square “moves” — right.' },
    ]);
  });

  it('imports into a new item and exports it again identically, apart from the item id and the time', async () => {
    const original = await exportOverHttp(
      server.url,
      server.admin.token,
      server.projectId,
      server.itemId,
    );
    const imported = await importOverHttp(
      server.url,
      server.admin.token,
      { projectId: server.projectId, itemId: 'street-copy' },
      original.text,
    );
    expect(imported.refusal).toBeUndefined();
    expect(imported.summary).toMatchObject({
      itemId: 'street-copy',
      createdItem: true,
      layers: [
        {
          layer: 'gold',
          tracks: 1,
          keyframes: 1,
          segments: 0,
          transcriptBlocks: 0,
          replaced: false,
        },
        {
          layer: 'main',
          tracks: 2,
          keyframes: 4,
          masks: 1,
          segments: 3,
          transcriptBlocks: 2,
          replaced: false,
        },
      ],
    });
    const originalItem = await server.testServer.metaStore.getItem(server.projectId, server.itemId);
    const copy = await server.testServer.metaStore.getItem(server.projectId, 'street-copy');
    expect(copy).toEqual({
      projectId: server.projectId,
      id: 'street-copy',
      name: 'Street scene',
      mediaId: originalItem!.mediaId,
    });

    const again = await exportOverHttp(
      server.url,
      server.admin.token,
      server.projectId,
      'street-copy',
    );
    expect(again.status).toBe(200);
    expect(comparable(again.text)).toEqual(comparable(original.text));
    expect(JSON.parse(again.text).item.id).toBe('street-copy');
  });

  it('shows the imported annotations to people who open the new item', async () => {
    const name = itemDocumentName(server.projectId, 'street-copy', 'main');
    const viewer = server.pool.open(name, server.annotator.token);
    await acknowledged(viewer);
    const layer = readLayer(viewer.document);
    expect(layer.violations).toEqual([]);
    expect(
      layer.tracks.map((track) => [track.id, track.keyframes.map((keyframe) => keyframe.frame)]),
    ).toEqual([
      ['car1', [12, 120, 599]],
      ['car2', [0]],
    ]);
    expect(readUtteranceTexts(viewer.document).map((block) => block.text)).toEqual([
      'Welcome to the Concord demo.',
      'The orange square “moves” — right.',
    ]);
  });
});
