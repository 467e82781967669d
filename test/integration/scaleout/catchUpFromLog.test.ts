import fs from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { createSegment } from '../../../shared/doc/writeRecords.ts';
import type { ServerProcess } from '../collab/startServerProcess.ts';
import { startServerProcess } from '../collab/startServerProcess.ts';
import { acknowledged, waitUntil } from '../collab/waitUntil.ts';
import { collabUrlOf, tokenFor } from '../testServer.ts';
import { prepareSharedData } from './prepareSharedData.ts';
import { redisSkipReason } from './redisSkipReason.ts';
import type { RedisServer } from './startRedisServer.ts';
import { startRedisServer } from './startRedisServer.ts';
import { RotatingClients } from './RotatingClients.ts';

const skipReason = redisSkipReason();
if (skipReason) console.warn(skipReason);

const redisServers: RedisServer[] = [];
const processes: ServerProcess[] = [];
const clients = new RotatingClients();
let dataDir: string | undefined;

afterAll(async () => {
  clients.destroyAll();
  await Promise.all(processes.map((process) => process.kill()));
  await Promise.all(redisServers.map((redis) => redis.stop()));
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

async function startOnOwnRedis(directory: string): Promise<string> {
  const redis = await startRedisServer();
  redisServers.push(redis);
  const serverProcess = await startServerProcess(directory, 20_000, { REDIS_URL: redis.url });
  processes.push(serverProcess);
  return collabUrlOf(serverProcess.port);
}

describe.skipIf(skipReason !== null)('a process whose copy of a document lags the log', () => {
  it('catches up from the log when a client brings it another user’s logged edit', async () => {
    const shared = await prepareSharedData(['ada', 'grace', 'linus']);
    dataDir = shared.dataDir;
    const [ada, grace, linus] = shared.users as [
      (typeof shared.users)[0],
      (typeof shared.users)[0],
      (typeof shared.users)[0],
    ];
    // Each process on its own Redis: nothing is relayed, as when the writer dies before relaying.
    const doomed = await startOnOwnRedis(shared.dataDir);
    const lagging = await startOnOwnRedis(shared.dataDir);
    const onLagging = clients.open([lagging], shared.documentName, await tokenFor(linus));
    await acknowledged(onLagging.provider);
    const writer = clients.open([doomed], shared.documentName, await tokenFor(grace));
    const relay = clients.open([doomed, lagging], shared.documentName, await tokenFor(ada));
    await Promise.all([acknowledged(writer.provider), acknowledged(relay.provider)]);
    const refusals: string[] = [];
    relay.provider.on('close', ({ event }: { event: { code: number; reason: string } }) => {
      if (event.code >= 4000) refusals.push(event.reason);
    });

    createSegment(
      writer.provider.document,
      { id: 'seg-grace', tierId: 'words', startMs: 0, endMs: 500, labelId: null, speaker: null },
      { userId: grace.id, nowMs: Date.now() },
      LOCAL_ORIGIN,
    );
    await acknowledged(writer.provider);
    const hasGraceSegment = (provider: typeof relay.provider) =>
      readLayer(provider.document).segments.some((segment) => segment.id === 'seg-grace');
    await waitUntil(() => hasGraceSegment(relay.provider), 'ada has grace’s segment');
    expect(hasGraceSegment(onLagging.provider)).toBe(false);

    await processes[0]?.kill();
    await waitUntil(
      () => relay.socket.url === lagging && relay.provider.isSynced,
      'ada has moved to the other process',
      20_000,
    );
    await acknowledged(relay.provider, 20_000);
    createSegment(
      relay.provider.document,
      { id: 'seg-ada', tierId: 'words', startMs: 600, endMs: 900, labelId: null, speaker: null },
      { userId: ada.id, nowMs: Date.now() },
      LOCAL_ORIGIN,
    );
    await acknowledged(relay.provider);
    await waitUntil(
      () => hasGraceSegment(onLagging.provider),
      'linus, on the lagging process, sees grace’s segment',
    );
    expect(refusals).toEqual([]);
    const segmentIds = readLayer(onLagging.provider.document).segments.map((segment) => segment.id);
    expect(segmentIds.sort()).toEqual(['seg-ada', 'seg-grace']);
  }, 60_000);
});
