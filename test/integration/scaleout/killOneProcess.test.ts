import fs from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { WebSocketStatus } from '@hocuspocus/provider';
import { afterAll, describe, expect, it } from 'vitest';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import type { ServerProcess } from '../collab/startServerProcess.ts';
import { startServerProcess } from '../collab/startServerProcess.ts';
import { acknowledged, waitUntil } from '../collab/waitUntil.ts';
import { collabUrlOf, tokenFor } from '../testServer.ts';
import { EditingClient } from '../collab/EditingClient.ts';
import { prepareSharedData } from './prepareSharedData.ts';
import { redisSkipReason } from './redisSkipReason.ts';
import type { Cluster } from './startCluster.ts';
import { startCluster } from './startCluster.ts';
import { RotatingClients } from './RotatingClients.ts';

const EDITS_BEFORE_KILL = 30;
const EDITS_AFTER_FAILOVER = 20;
// Slow enough that the unsynced count keeps returning to 0 on a busy machine.
const EDIT_INTERVAL_MS = 20;
const WAIT_MS = 30_000;
/** Close codes from 4000 up are the server refusing a document, never a lost connection. */
const APPLICATION_CLOSE_CODES = 4000;

const skipReason = redisSkipReason();
if (skipReason) console.warn(skipReason);

let cluster: Cluster | undefined;
let dataDir: string | undefined;
const clients = new RotatingClients();
const laterProcesses: ServerProcess[] = [];
const refusals: string[] = [];

afterAll(async () => {
  clients.destroyAll();
  await Promise.all(laterProcesses.map((process) => process.kill()));
  await cluster?.stop();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

describe.skipIf(skipReason !== null)('losing one of two server processes to SIGKILL', () => {
  it('moves its clients to the other process and loses no acknowledged edit', async () => {
    const shared = await prepareSharedData(['ada', 'grace', 'linus']);
    dataDir = shared.dataDir;
    cluster = await startCluster(shared.dataDir, 2);
    const [doomed, survivor] = cluster.urls as [string, string];
    const serverOrders = [
      [doomed, survivor],
      [doomed, survivor],
      [survivor, doomed],
    ];
    const editors = await Promise.all(
      shared.users.map(async (user, index) => {
        const urls = serverOrders[index] as string[];
        const { socket, provider } = clients.open(urls, shared.documentName, await tokenFor(user));
        provider.on('close', ({ event }: { event: { code: number; reason: string } }) => {
          if (event.code >= APPLICATION_CLOSE_CODES)
            refusals.push(`${user.username}: ${event.reason}`);
        });
        await acknowledged(provider);
        return { socket, client: new EditingClient(provider, user.id) };
      }),
    );
    editors.forEach(({ client }, index) => client.start(EDIT_INTERVAL_MS + 5 * index));
    await waitUntil(
      () => editors.every(({ client }) => client.acknowledgedCount >= EDITS_BEFORE_KILL),
      `every client has ${EDITS_BEFORE_KILL} acknowledged edits`,
      WAIT_MS,
    );

    const acknowledgedBeforeKill = editors.map(({ client }) => client.acknowledgedCount);
    const madeBeforeKill = editors.map(({ client }) => client.made.length);
    const killedAt = performance.now();
    await cluster.processes[0]?.kill();
    await waitUntil(
      () =>
        editors.every(
          ({ client }, index) =>
            client.acknowledgedCount >= (madeBeforeKill[index] as number) + EDITS_AFTER_FAILOVER,
        ),
      `every client has ${EDITS_AFTER_FAILOVER} more edits acknowledged after the kill`,
      WAIT_MS,
    );
    console.log(
      `after SIGKILL, every client had ${EDITS_AFTER_FAILOVER} new edits acknowledged within ${(performance.now() - killedAt).toFixed(0)} ms`,
    );
    expect(refusals).toEqual([]);
    for (const { socket } of editors) {
      expect(socket.url).toBe(survivor);
      expect(socket.status).toBe(WebSocketStatus.Connected);
    }

    editors.forEach(({ client }) => client.stop());
    await Promise.all(editors.map(({ client }) => acknowledged(client.provider, WAIT_MS)));
    for (const { client } of editors) expect(client.acknowledgedCount).toBe(client.made.length);

    // What is on disk: the survivor dies too, and a fresh process reads the shared data alone.
    await cluster.processes[1]?.kill();
    const fresh = await startServerProcess(shared.dataDir);
    laterProcesses.push(fresh);
    const reader = clients.open(
      [collabUrlOf(fresh.port)],
      shared.documentName,
      await tokenFor(shared.users[0]!),
    );
    await acknowledged(reader.provider, WAIT_MS);
    const stored = readLayer(reader.provider.document);
    editors.forEach(({ client }, index) => {
      expect(client.missingFrom(stored, acknowledgedBeforeKill[index])).toEqual([]);
      expect(client.missingFrom(stored)).toEqual([]);
    });
  }, 120_000);
});
