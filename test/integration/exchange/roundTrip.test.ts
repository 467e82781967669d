import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { utteranceText } from '../../../shared/doc/utteranceText.ts';
import { createTrack } from '../../../shared/doc/writeRecords.ts';
import { decodeNativeItem } from '../../../shared/formats/native/decodeNativeItem.ts';
import { readUtteranceTexts } from '../../../server/history/readUtteranceTexts.ts';
import { acknowledged } from '../collab/waitUntil.ts';
import { annotateItem } from './annotateItem.ts';
import { drawShapesAndLinks } from './drawShapesAndLinks.ts';
import { paintItemMask } from './paintItemMask.ts';
import { comparable, exportOverHttp, importOverHttp } from './exchangeHttp.ts';
import type { ExchangeServer } from './startExchangeServer.ts';
import { startExchangeServer } from './startExchangeServer.ts';

let server: ExchangeServer;

beforeAll(async () => {
  server = await startExchangeServer();
  await annotateItem(server, server.itemId);
  await drawShapesAndLinks(server, server.itemId);
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
      'lane',
      'walker',
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
      attributes: { colour: 'red', tags: ['parked', 'occluding'], 'speed@120': 30 },
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
    expect(main.records[4]).toMatchObject({ kind: 'mask', width: 640, height: 360 });
    const operations = (main.records[4] as { operations: { kind: string; by: string }[] })
      .operations;
    expect(operations.map((operation) => operation.kind).sort()).toEqual([
      'polygon',
      'stroke',
      'stroke',
    ]);
    expect(new Set(operations.map((operation) => operation.by)).size).toBe(2);
    expect(main.transcript).toEqual([
      { segmentId: 'utt1', text: 'Welcome to the Concord tour.' },
      { segmentId: 'utt2', text: 'The big orange square “moves” — right.' },
    ]);
  });

  it('exports shapes with their keyframes in frame order, and links with their text ends as offsets', async () => {
    const exported = await exportOverHttp(
      server.url,
      server.admin.token,
      server.projectId,
      server.itemId,
    );
    const decoded = decodeNativeItem(exported.text);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.problems));
    const main = decoded.value.layers[1]!;
    expect(main.records[2]).toMatchObject({
      kind: 'shape',
      geometry: 'polygon',
      skeletonId: null,
      attributes: { occluded: false, 'occluded@40': true },
      keyframes: [{ frame: 10 }, { frame: 40 }, { frame: 80, outside: true }],
    });
    expect(main.records[3]).toMatchObject({
      kind: 'shape',
      geometry: 'skeleton',
      skeletonId: 'person',
      attributes: { 'pose@50': 'crouching' },
      keyframes: [
        { frame: 5, points: [50, 50, 60, 80, 40, 80], visible: [true, false, true] },
        { frame: 50, visible: [false, true, false] },
      ],
    });
    expect(main.links).toEqual([
      {
        id: 'follows',
        relationTypeId: 'drives',
        from: { kind: 'object', objectId: 'walker', startMs: 1000, endMs: 3000 },
        to: { kind: 'object', objectId: 'car1', startMs: 0, endMs: 20_020 },
        createdBy: server.admin.user.id,
        createdAt: 1_700_000_200_000,
        updatedBy: server.annotator.user.id,
      },
      {
        id: 'mentions',
        relationTypeId: null,
        from: { kind: 'text', segmentId: 'utt1', from: null, to: null, quote: 'demo' },
        to: { kind: 'object', objectId: 'lane', startMs: null, endMs: null },
        createdBy: server.admin.user.id,
        createdAt: 1_700_000_200_000,
        updatedBy: server.admin.user.id,
      },
      {
        id: 'names',
        relationTypeId: 'says',
        from: { kind: 'text', segmentId: 'utt2', from: 8, to: 21, quote: 'orange square' },
        to: { kind: 'object', objectId: 'car2', startMs: 3400, endMs: 5801 },
        createdBy: server.admin.user.id,
        createdAt: 1_700_000_200_000,
        updatedBy: server.admin.user.id,
      },
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
          shapes: 0,
          segments: 0,
          transcriptBlocks: 0,
          links: 0,
          replaced: false,
        },
        {
          layer: 'main',
          tracks: 2,
          keyframes: 4,
          shapes: 2,
          masks: 1,
          segments: 3,
          transcriptBlocks: 2,
          links: 3,
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
      'Welcome to the Concord tour.',
      'The big orange square “moves” — right.',
    ]);
  });

  it('reads the imported layer exactly as the original: shapes, links with their spans, attributes', async () => {
    const original = server.pool.open(
      itemDocumentName(server.projectId, server.itemId, 'main'),
      server.annotator.token,
    );
    const copy = server.pool.open(
      itemDocumentName(server.projectId, 'street-copy', 'main'),
      server.annotator.token,
    );
    await Promise.all([acknowledged(original), acknowledged(copy)]);
    const before = readLayer(original.document);
    const after = readLayer(copy.document);
    expect(after).toEqual(before);
    expect(after.shapes.map((shape) => [shape.id, shape.keyframes.length])).toEqual([
      ['lane', 3],
      ['walker', 2],
    ]);
    expect(after.links.map((link) => [link.id, link.from])).toEqual([
      ['follows', { kind: 'object', objectId: 'walker', startMs: 1000, endMs: 3000 }],
      ['mentions', { kind: 'text', segmentId: 'utt1', quote: 'demo', span: null }],
      [
        'names',
        {
          kind: 'text',
          segmentId: 'utt2',
          quote: 'orange square',
          span: { from: 8, to: 21, text: 'orange square' },
        },
      ],
    ]);
    expect(after.tracks[0]!.attributes).toEqual({
      colour: 'red',
      tags: ['parked', 'occluding'],
      'speed@120': 30,
    });
  });

  it('keeps a text end anchored to its words in the imported layer when text is typed before them', async () => {
    const copy = server.pool.open(
      itemDocumentName(server.projectId, 'street-copy', 'main'),
      server.annotator.token,
    );
    await acknowledged(copy);
    const text = utteranceText(copy.document, 'utt2');
    copy.document.transact(() => text!.insert(0, 'Look: '), LOCAL_ORIGIN);
    const names = readLayer(copy.document).links.find((link) => link.id === 'names');
    expect(names?.from).toMatchObject({ span: { from: 14, to: 27, text: 'orange square' } });
    await acknowledged(copy);
  });
});
