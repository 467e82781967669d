import fs from 'node:fs/promises';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { createSegment, createTrack } from '../../../shared/doc/writeRecords.ts';
import { openDatabase } from '../../../server/storage/openDatabase.ts';
import { SqliteDocumentStore } from '../../../server/storage/sqlite/SqliteDocumentStore.ts';
import { percentile } from '../../../bench/support/percentile.ts';
import { tokenFor } from '../testServer.ts';
import { acknowledged, waitUntil } from '../collab/waitUntil.ts';
import type { Cluster } from './startCluster.ts';
import { startCluster } from './startCluster.ts';
import { prepareSharedData } from './prepareSharedData.ts';
import { redisSkipReason } from './redisSkipReason.ts';
import { repeatedContent } from './repeatedContent.ts';
import { RotatingClients } from './RotatingClients.ts';
import { timeUntilVisible } from './timeUntilVisible.ts';

const ROUNDS = 60;
const CONVERGENCE_BUDGET_MS = 1_000;

const skipReason = redisSkipReason();
if (skipReason) console.warn(skipReason);

let cluster: Cluster | undefined;
let dataDir: string | undefined;
const clients = new RotatingClients();

afterAll(async () => {
  clients.destroyAll();
  await cluster?.stop();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

async function readStoredLog(documentName: string) {
  const database = openDatabase(dataDir as string, 'normal');
  const store = new SqliteDocumentStore(database, { logger: pino({ level: 'silent' }) });
  try {
    return await store.readLog(documentName);
  } finally {
    store.close();
    database.close();
  }
}

describe.skipIf(skipReason !== null)('two server processes sharing documents through Redis', () => {
  it('brings edits made on either process to clients of the other within a second', async () => {
    const shared = await prepareSharedData(['alice', 'bob']);
    dataDir = shared.dataDir;
    const [alice, bob] = shared.users as [(typeof shared.users)[0], (typeof shared.users)[0]];
    cluster = await startCluster(shared.dataDir, 2);
    const [first, second] = cluster.urls as [string, string];
    const onFirst = clients.open([first, second], shared.documentName, await tokenFor(alice));
    const onSecond = clients.open([second, first], shared.documentName, await tokenFor(bob));
    await Promise.all([acknowledged(onFirst.provider), acknowledged(onSecond.provider)]);
    expect(onFirst.socket.url).toBe(first);
    expect(onSecond.socket.url).toBe(second);

    const aliceDoc = onFirst.provider.document;
    const bobDoc = onSecond.provider.document;
    const box = { x: 0, y: 0, w: 10, h: 10 };
    const latenciesMs: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const aliceTrack = `track-alice-${round}`;
      const bobSegment = `seg-bob-${round}`;
      const [aliceToBob, bobToAlice] = await Promise.all([
        timeUntilVisible(
          bobDoc,
          () =>
            createTrack(
              aliceDoc,
              { id: aliceTrack, labelId: null, frame: round, box },
              { userId: alice.id, nowMs: Date.now() },
              LOCAL_ORIGIN,
            ),
          () => readLayer(bobDoc).tracks.some((track) => track.id === aliceTrack),
        ),
        timeUntilVisible(
          aliceDoc,
          () =>
            createSegment(
              bobDoc,
              {
                id: bobSegment,
                tierId: 'words',
                startMs: round,
                endMs: round + 5,
                labelId: null,
                speaker: null,
              },
              { userId: bob.id, nowMs: Date.now() },
              LOCAL_ORIGIN,
            ),
          () => readLayer(aliceDoc).segments.some((segment) => segment.id === bobSegment),
        ),
      ]);
      latenciesMs.push(aliceToBob, bobToAlice);
    }
    const worstMs = Math.max(...latenciesMs);
    console.log(
      `cross-process propagation over ${latenciesMs.length} edits: p50 ${percentile(latenciesMs, 0.5).toFixed(1)} ms, p99 ${percentile(latenciesMs, 0.99).toFixed(1)} ms, worst ${worstMs.toFixed(1)} ms`,
    );
    expect(worstMs).toBeLessThan(CONVERGENCE_BUDGET_MS);

    await Promise.all([acknowledged(onFirst.provider), acknowledged(onSecond.provider)]);
    await waitUntil(
      () => Y.encodeStateVector(aliceDoc).toString() === Y.encodeStateVector(bobDoc).toString(),
      'both clients hold the same state',
    );
    expect(readLayer(aliceDoc)).toEqual(readLayer(bobDoc));
    expect(readLayer(aliceDoc).tracks).toHaveLength(ROUNDS);
    expect(readLayer(aliceDoc).segments).toHaveLength(ROUNDS);

    const log = await readStoredLog(shared.documentName);
    expect(repeatedContent(log)).toEqual([]);
    expect(log.filter((entry) => entry.userId === alice.id)).toHaveLength(ROUNDS);
    expect(log.filter((entry) => entry.userId === bob.id)).toHaveLength(ROUNDS);
  });
});
