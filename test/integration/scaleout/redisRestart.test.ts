import fs from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { createSegment } from '../../../shared/doc/writeRecords.ts';
import { acknowledged, waitUntil } from '../collab/waitUntil.ts';
import { tokenFor } from '../testServer.ts';
import { prepareSharedData } from './prepareSharedData.ts';
import { redisSkipReason } from './redisSkipReason.ts';
import type { Cluster } from './startCluster.ts';
import { startCluster } from './startCluster.ts';
import type { RedisServer } from './startRedisServer.ts';
import { startRedisServer } from './startRedisServer.ts';
import { RotatingClients } from './RotatingClients.ts';

const skipReason = redisSkipReason();
if (skipReason) console.warn(skipReason);

let cluster: Cluster | undefined;
let restarted: RedisServer | undefined;
let dataDir: string | undefined;
const clients = new RotatingClients();

afterAll(async () => {
  clients.destroyAll();
  await cluster?.stop();
  await restarted?.stop();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

function addSegment(doc: Y.Doc, id: string, userId: string): void {
  const segment = { id, tierId: 'words', startMs: 0, endMs: 100, labelId: null, speaker: null };
  createSegment(doc, segment, { userId, nowMs: Date.now() }, LOCAL_ORIGIN);
}

const segmentIdsOf = (doc: Y.Doc) =>
  readLayer(doc)
    .segments.map((segment) => segment.id)
    .sort();

describe.skipIf(skipReason !== null)('two server processes while Redis restarts', () => {
  it('bring each other the edits made while Redis was down once it is back', async () => {
    const shared = await prepareSharedData(['alice', 'bob']);
    dataDir = shared.dataDir;
    const [alice, bob] = shared.users as [(typeof shared.users)[0], (typeof shared.users)[0]];
    cluster = await startCluster(shared.dataDir, 2);
    const [first, second] = cluster.urls as [string, string];
    const onFirst = clients.open([first], shared.documentName, await tokenFor(alice));
    const onSecond = clients.open([second], shared.documentName, await tokenFor(bob));
    await Promise.all([acknowledged(onFirst.provider), acknowledged(onSecond.provider)]);
    addSegment(onFirst.provider.document, 'seg-before', alice.id);
    await waitUntil(
      () => segmentIdsOf(onSecond.provider.document).includes('seg-before'),
      'bob sees alice’s first segment',
    );

    await cluster.redis.stop();
    addSegment(onFirst.provider.document, 'seg-alice-meanwhile', alice.id);
    addSegment(onSecond.provider.document, 'seg-bob-meanwhile', bob.id);
    // Each process still logs what its own clients send.
    await Promise.all([acknowledged(onFirst.provider), acknowledged(onSecond.provider)]);
    expect(segmentIdsOf(onSecond.provider.document)).not.toContain('seg-alice-meanwhile');

    restarted = await startRedisServer(cluster.redis.port);
    const everything = ['seg-alice-meanwhile', 'seg-before', 'seg-bob-meanwhile'];
    await waitUntil(
      () =>
        segmentIdsOf(onFirst.provider.document).join() === everything.join() &&
        segmentIdsOf(onSecond.provider.document).join() === everything.join(),
      'both clients hold all three segments',
      20_000,
    );
    addSegment(onSecond.provider.document, 'seg-after', bob.id);
    await waitUntil(
      () => segmentIdsOf(onFirst.provider.document).includes('seg-after'),
      'edits flow through the restarted Redis',
    );
  }, 60_000);
});
