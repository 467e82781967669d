import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNativeLayer } from '../../../server/exchange/readNativeLayer.ts';
import type { ItemRow } from '../../../server/storage/MetaStore.ts';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import type { QueueResponse } from '../../../shared/protocol/assignments.ts';
import type {
  HoneypotScorePoint,
  HoneypotScoresResponse,
  HoneypotsResponse,
  HoneypotSummary,
} from '../../../shared/protocol/honeypots.ts';
import type { ErrorBody, ItemSummary } from '../../../shared/protocol/http.ts';
import { drawBoxTracks } from './drawBoxTracks.ts';
import { acknowledged } from '../collab/waitUntil.ts';
import type { ExchangeServer } from '../exchange/startExchangeServer.ts';
import { startExchangeServer } from '../exchange/startExchangeServer.ts';
import { callApi } from '../permissions/callApi.ts';
import { openedOrRefused } from '../permissions/probeAccess.ts';
import { createMember, tokenFor } from '../testServer.ts';

let server: ExchangeServer;
let goldItem: string;
let bea: { token: string; userId: string };
let made: HoneypotSummary[];

const honeypotsPath = () => `/api/projects/${server.projectId}/honeypots`;
const nameOf = (itemId: string, layer: string) => itemDocumentName(server.projectId, itemId, layer);
const asTrainer = <T = ErrorBody>(method: 'GET' | 'POST', route: string, body?: unknown) =>
  callApi<T>(server.url, server.trainer.token, method, route, body);
const honeypotOf = (username: string) =>
  made.find((each) => each.username === username) as HoneypotSummary;

/** The layer's records as an export shows them, read over a socket as the token's user. */
async function recordsOf(token: string, documentName: string) {
  const provider = server.pool.open(documentName, token);
  await acknowledged(provider);
  const { records } = readNativeLayer(provider.document, 'gold');
  provider.destroy();
  return records;
}

async function annScores(): Promise<HoneypotScorePoint[]> {
  const scores = await asTrainer<HoneypotScoresResponse>('GET', `${honeypotsPath()}/scores`);
  expect(scores.status).toBe(200);
  const ann = scores.body.annotators.find((each) => each.username === 'ann');
  return ann?.points ?? [];
}

beforeAll(async () => {
  server = await startExchangeServer();
  goldItem = await server.addVideoItem('Calibration clip');
  const { metaStore } = server.testServer;
  const beaUser = await createMember(metaStore, server.projectId, 'bea', 'annotator');
  bea = { token: await tokenFor(beaUser), userId: beaUser.id };
  const { mediaId } = (await metaStore.getItem(server.projectId, server.itemId)) as ItemRow;
  // ann has three items of ordinary work in her queue, oldest first; bea has none.
  for (const [index, itemId] of ['work-1', 'work-2', 'work-3'].entries()) {
    await metaStore.createItem({ projectId: server.projectId, id: itemId, name: itemId, mediaId });
    await metaStore.createAssignment({
      id: `work${index}aaaaaaaaaaaa`,
      projectId: server.projectId,
      itemId,
      userId: server.annotator.user.id,
      mode: 'shared',
      createdBy: server.trainer.user.id,
      createdAtMs: Date.now() - 10_000 + index,
      revealedAtMs: null,
    });
  }
  await drawBoxTracks(
    server.pool,
    { token: server.trainer.token, userId: server.trainer.user.id },
    nameOf(goldItem, 'gold'),
    [
      { id: 'gold-1', x: 10 },
      { id: 'gold-2', x: 200 },
    ],
  );
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('honeypots over HTTP', () => {
  it('refuses what cannot become honeypots, naming the field, and writes nothing', async () => {
    const { metaStore } = server.testServer;
    const itemsBefore = (await metaStore.listItems(server.projectId)).length;
    const request = { sourceItemId: goldItem, usernames: ['ann'], rate: 0.25 };
    const refusals: Array<[unknown, number, string | undefined]> = [
      [{ ...request, sourceItemId: server.itemId }, 422, 'sourceItemId'],
      [{ ...request, sourceItemId: 'no-such-item' }, 404, 'sourceItemId'],
      [{ ...request, usernames: ['ann', 'nobody'] }, 404, 'usernames.1'],
      [{ ...request, usernames: ['tim'] }, 422, 'usernames.0'],
      [{ ...request, rate: 0.6 }, 400, 'rate'],
      [{ ...request, rate: 0 }, 400, 'rate'],
    ];
    for (const [body, status, field] of refusals) {
      const reply = await asTrainer('POST', honeypotsPath(), body);
      expect({ body, status: reply.status, field: reply.body.error.field }).toEqual({
        body,
        status,
        field,
      });
      expect(reply.body.error.message.length).toBeGreaterThan(10);
    }
    const noGold = await asTrainer('POST', honeypotsPath(), refusals[0]?.[0]);
    expect(noGold.body.error.message).toContain('no gold layer');
    const byAnnotator = await callApi<ErrorBody>(
      server.url,
      server.annotator.token,
      'POST',
      honeypotsPath(),
      request,
    );
    expect(byAnnotator.status).toBe(403);
    expect(await metaStore.listHoneypots(server.projectId)).toEqual([]);
    expect((await metaStore.listItems(server.projectId)).length).toBe(itemsBefore);
  });

  it('makes blind copies of the gold item spread into each annotator’s queue', async () => {
    const reply = await asTrainer<HoneypotsResponse>('POST', honeypotsPath(), {
      sourceItemId: goldItem,
      usernames: ['ann', 'bea'],
      rate: 0.25,
    });
    expect(reply.status).toBe(201);
    made = reply.body.honeypots;
    // 0.25 of ann's queue after three open items is one honeypot, after the second; bea gets one.
    expect(made.map(({ username, queuePosition }) => ({ username, queuePosition }))).toEqual([
      { username: 'ann', queuePosition: 2 },
      { username: 'bea', queuePosition: 0 },
    ]);
    const { metaStore } = server.testServer;
    const source = (await metaStore.getItem(server.projectId, goldItem)) as ItemRow;
    for (const honeypot of made) {
      expect(honeypot.itemId).toMatch(/^it-[0-9a-z]{16}$/);
      expect(honeypot.sourceItemId).toBe(goldItem);
      const copy = await metaStore.getItem(server.projectId, honeypot.itemId);
      expect(copy).toEqual({ ...source, id: honeypot.itemId });
      const assignment = await metaStore.getAssignment(honeypot.assignmentId);
      expect(assignment?.mode).toBe('blind');
    }
  });

  it('shows the honeypot in the queue like any other entry, at its position', async () => {
    const queue = await callApi<QueueResponse>(
      server.url,
      server.annotator.token,
      'GET',
      '/api/me/queue',
    );
    const itemIds = queue.body.entries.map((entry) => entry.assignment.itemId);
    expect(itemIds).toEqual(['work-1', 'work-2', honeypotOf('ann').itemId, 'work-3']);
    const shapes = queue.body.entries.map((entry) => Object.keys(entry.assignment).sort().join());
    expect(new Set(shapes).size).toBe(1);
    expect(queue.body.entries[2]?.itemName).toBe('Calibration clip');
    const beaQueue = await callApi<QueueResponse>(server.url, bea.token, 'GET', '/api/me/queue');
    expect(beaQueue.body.next?.assignment.itemId).toBe(honeypotOf('bea').itemId);
    // The item list does not set the copies beside the gold they copy, except for trainers.
    const listOf = async (token: string) =>
      (
        await callApi<ItemSummary[]>(
          server.url,
          token,
          'GET',
          `/api/projects/${server.projectId}/items`,
        )
      ).body.map((item) => item.id);
    const copies = made.map((honeypot) => honeypot.itemId);
    expect(await listOf(server.annotator.token)).not.toEqual(expect.arrayContaining([copies[0]]));
    expect(await listOf(server.trainer.token)).toEqual(expect.arrayContaining(copies));
  });

  it('refuses the annotator the copy’s gold while the trainer reads it equal to the source’s', async () => {
    const copyGold = nameOf(honeypotOf('ann').itemId, 'gold');
    const annProvider = server.pool.open(copyGold, server.annotator.token);
    expect(await openedOrRefused(annProvider)).toMatchObject({ opened: false });
    annProvider.destroy();
    const copied = await recordsOf(server.trainer.token, copyGold);
    expect(copied).toHaveLength(2);
    expect(copied).toEqual(await recordsOf(server.trainer.token, nameOf(goldItem, 'gold')));
  });

  it('scores the annotator’s layer against gold at the time of each edit', async () => {
    const honeypot = honeypotOf('ann');
    const layerName = nameOf(honeypot.itemId, honeypot.layer);
    const { token, user } = server.annotator;
    const beforeFirstMs = Date.now();
    await drawBoxTracks(server.pool, { token: token, userId: user.id }, layerName, [
      { id: 'ann-1', x: 12 },
    ]);
    const [first] = await annScores();
    expect(first?.itemId).toBe(honeypot.itemId);
    expect(first?.gold?.spatial.f1).toBeCloseTo(2 / 3, 10);
    expect(first?.lastEditAtMs).toBeGreaterThanOrEqual(beforeFirstMs);
    expect(first?.lastEditAtMs).toBeLessThanOrEqual(Date.now());

    await new Promise((resolve) => setTimeout(resolve, 20));
    await drawBoxTracks(server.pool, { token: token, userId: user.id }, layerName, [
      { id: 'ann-2', x: 198 },
    ]);
    const [second] = await annScores();
    expect(second?.gold?.spatial.f1).toBe(1);
    expect(second?.lastEditAtMs).toBeGreaterThan(first?.lastEditAtMs as number);

    const scores = await asTrainer<HoneypotScoresResponse>('GET', `${honeypotsPath()}/scores`);
    const beaPoints = scores.body.annotators.find((each) => each.username === 'bea')?.points;
    expect(beaPoints).toEqual([
      {
        itemId: honeypotOf('bea').itemId,
        sourceItemId: goldItem,
        layer: honeypotOf('bea').layer,
        lastEditAtMs: null,
        gold: null,
      },
    ]);
  });
});
