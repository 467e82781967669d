import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { transcriptOf } from '../../../shared/doc/layerRoots.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { createSegment } from '../../../shared/doc/writeRecords.ts';
import { applyImport } from '../../../server/exchange/applyImport.ts';
import { planImport } from '../../../server/exchange/planImport.ts';
import { acknowledged } from '../collab/waitUntil.ts';
import { annotateItem } from './annotateItem.ts';
import { drawShapesAndLinks } from './drawShapesAndLinks.ts';
import { exportOverHttp } from './exchangeHttp.ts';
import type { ExchangeServer } from './startExchangeServer.ts';
import { startExchangeServer } from './startExchangeServer.ts';

let server: ExchangeServer;
let fileText: string;

/** The layer as stored now, read from its log as a restart would. */
async function storedSnapshot(itemId: string, layer: string) {
  const doc = new Y.Doc();
  const name = itemDocumentName(server.projectId, itemId, layer);
  for (const entry of await server.testServer.server.documentStore.readLog(name)) {
    Y.applyUpdate(doc, entry.update);
  }
  return { doc, snapshot: readLayer(doc) };
}

/** The ids of the layer's tracks and segments and its number of transcript blocks, as stored now. */
async function storedLayer(itemId: string, layer: string) {
  const { doc, snapshot } = await storedSnapshot(itemId, layer);
  const { tracks, segments } = snapshot;
  return {
    records: [...tracks, ...segments].map((record) => record.id),
    blocks: transcriptOf(doc).length,
  };
}

async function plan(itemId: string) {
  const planned = await planImport(server.dependencies, {
    userId: server.admin.user.id,
    projectId: server.projectId,
    itemId,
    fileText,
    replace: false,
  });
  if (!planned.ok) throw new Error(planned.message);
  return planned.plan;
}

beforeAll(async () => {
  server = await startExchangeServer();
  await annotateItem(server, server.itemId, 'gold', server.trainer);
  await annotateItem(server, server.itemId, 'main');
  fileText = (await exportOverHttp(server.url, server.admin.token, server.projectId, server.itemId))
    .text;
});

afterAll(() => server.close());

describe('an import interrupted while it is written', () => {
  it('puts back the layers it wrote when a later layer gained annotations after the checks', async () => {
    const itemId = await server.addVideoItem('Raced');
    const checked = await plan(itemId);
    const annotator = server.pool.open(
      itemDocumentName(server.projectId, itemId, 'main'),
      server.annotator.token,
    );
    await acknowledged(annotator);
    const author = { userId: server.annotator.user.id, nowMs: Date.now() };
    const segment = {
      id: 'mine',
      tierId: 'events',
      startMs: 10,
      endMs: 20,
      labelId: null,
      speaker: null,
    };
    createSegment(annotator.document, segment, author, LOCAL_ORIGIN);
    await acknowledged(annotator);

    const outcome = await applyImport(server.dependencies, checked);
    expect(outcome).toMatchObject({
      ok: false,
      status: 409,
      code: 'import_conflict',
      problems: [{ path: 'layers[1].layer' }],
    });
    expect(await storedLayer(itemId, 'gold')).toEqual({ records: [], blocks: 0 });
    const goldLog = await server.testServer.server.documentStore.readLog(
      itemDocumentName(server.projectId, itemId, 'gold'),
    );
    // Written, then put back: both logged under the importing user.
    expect(goldLog.filter((entry) => entry.userId === server.admin.user.id)).toHaveLength(2);
    expect(await storedLayer(itemId, 'main')).toEqual({ records: ['mine'], blocks: 0 });
    expect(readLayer(annotator.document).segments.map((each) => each.id)).toEqual(['mine']);
  });

  it('puts back every layer when the new item was created by someone else meanwhile', async () => {
    const checked = await plan('late');
    expect(checked.newItem).toMatchObject({ id: 'late', name: 'Street scene' });
    await server.testServer.metaStore.createItem({
      projectId: server.projectId,
      id: 'late',
      name: 'Theirs',
      mediaId: null,
    });

    const outcome = await applyImport(server.dependencies, checked);
    expect(outcome).toMatchObject({ ok: false, status: 409, problems: [{ path: 'item.id' }] });
    expect(await storedLayer('late', 'gold')).toEqual({ records: [], blocks: 0 });
    expect(await storedLayer('late', 'main')).toEqual({ records: [], blocks: 0 });
    expect(await server.testServer.metaStore.getItem(server.projectId, 'late')).toMatchObject({
      name: 'Theirs',
    });
  });

  it('writes everything when nothing gets in the way', async () => {
    const itemId = await server.addVideoItem('Calm');
    const outcome = await applyImport(server.dependencies, await plan(itemId));
    expect(outcome.ok).toBe(true);
    expect(await storedLayer(itemId, 'gold')).toEqual({
      records: ['car1', 'car2', 'utt1', 'utt2', 'honk'],
      blocks: 2,
    });
    expect(await storedLayer(itemId, 'main')).toEqual({
      records: ['car1', 'car2', 'utt1', 'utt2', 'honk'],
      blocks: 2,
    });
  });

  it('puts back shapes and links, their text ends on the words again, when a replaced layer is rolled back', async () => {
    const itemId = await server.addVideoItem('Linked');
    await annotateItem(server, itemId, 'gold', server.trainer);
    await drawShapesAndLinks(server, itemId, 'gold', server.trainer);
    const before = (await storedSnapshot(itemId, 'gold')).snapshot;
    expect(before.links.find((link) => link.id === 'names')?.from).toMatchObject({
      span: { from: 8, to: 21, text: 'orange square' },
    });
    const planned = await planImport(server.dependencies, {
      userId: server.admin.user.id,
      projectId: server.projectId,
      itemId,
      fileText,
      replace: true,
    });
    if (!planned.ok) throw new Error(planned.message);
    // Gold is written first; main then fails in the shared writer, as a defect would.
    const main = planned.plan.file.layers[1]!;
    main.records.push({
      id: 'broken',
      kind: 'shape',
      labelId: null,
      source: 'human',
      createdBy: server.admin.user.id,
      createdAt: 1,
      updatedBy: server.admin.user.id,
      attributes: {},
      geometry: 'polygon',
      skeletonId: null,
      keyframes: [{ frame: 0, points: [0, 0], visible: null, outside: false }],
    });

    const outcome = await applyImport(server.dependencies, planned.plan);
    expect(outcome).toMatchObject({ ok: false, status: 500, code: 'import_failed' });
    const after = await storedSnapshot(itemId, 'gold');
    expect(after.snapshot).toEqual(before);
    expect(await storedLayer(itemId, 'main')).toEqual({ records: [], blocks: 0 });
  });
});
