import fs from 'node:fs/promises';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { afterAll, describe, expect, it } from 'vitest';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import type { LayerSnapshot } from '../../../shared/doc/readLayer.ts';
import { createSegment, createTrack, setKeyframe } from '../../../shared/doc/writeRecords.ts';
import { openDatabase } from '../../../server/storage/openDatabase.ts';
import { SqliteMetaStore } from '../../../server/storage/sqlite/SqliteMetaStore.ts';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import {
  collabUrlOf,
  createMember,
  createProjectWithItem,
  makeDataDir,
  tokenFor,
} from '../testServer.ts';
import { ClientPool } from './ClientPool.ts';
import type { ServerProcess } from './startServerProcess.ts';
import { startServerProcess } from './startServerProcess.ts';
import { acknowledged, waitUntil } from './waitUntil.ts';

type Edit = { kind: 'segment'; id: string } | { kind: 'keyframe'; trackId: string; frame: number };

/** A client that edits on a timer and remembers which of its edits the server acknowledged. */
class EditingClient {
  readonly made: Edit[] = [];
  acknowledgedCount = 0;
  private readonly provider: HocuspocusProvider;
  private readonly userId: string;
  private readonly trackId: string;
  private timer: NodeJS.Timeout | null = null;

  constructor(provider: HocuspocusProvider, userId: string) {
    this.provider = provider;
    this.userId = userId;
    this.trackId = `track-${userId}`;
    // Every change sent so far is acknowledged once the count is back to 0.
    provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number === 0) this.acknowledgedCount = this.made.length;
    });
  }

  start(intervalMs: number): void {
    const doc = this.provider.document;
    const author = { userId: this.userId, nowMs: Date.now() };
    createTrack(
      doc,
      { id: this.trackId, labelId: null, frame: 0, box: { x: 0, y: 0, w: 10, h: 10 } },
      author,
      LOCAL_ORIGIN,
    );
    this.made.push({ kind: 'keyframe', trackId: this.trackId, frame: 0 });
    this.timer = setInterval(() => this.editOnce(), intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  missingFrom(layer: LayerSnapshot): Edit[] {
    return this.made
      .slice(0, this.acknowledgedCount)
      .filter((edit) =>
        edit.kind === 'segment'
          ? !layer.segments.some((segment) => segment.id === edit.id)
          : !layer.tracks
              .find((track) => track.id === edit.trackId)
              ?.keyframes.some((key) => key.frame === edit.frame),
      );
  }

  private editOnce(): void {
    const doc = this.provider.document;
    const author = { userId: this.userId, nowMs: Date.now() };
    const index = this.made.length;
    if (index % 2 === 0) {
      const id = `seg-${this.userId}-${index}`;
      createSegment(
        doc,
        {
          id,
          tierId: 'words',
          startMs: index * 10,
          endMs: index * 10 + 5,
          labelId: null,
          speaker: null,
        },
        author,
        LOCAL_ORIGIN,
      );
      this.made.push({ kind: 'segment', id });
    } else {
      setKeyframe(
        doc,
        this.trackId,
        index,
        { box: { x: index, y: index, w: 10, h: 10 }, outside: false },
        author,
        LOCAL_ORIGIN,
      );
      this.made.push({ kind: 'keyframe', trackId: this.trackId, frame: index });
    }
  }
}

let dataDir: string;
const pool = new ClientPool('');
const processes: ServerProcess[] = [];

afterAll(async () => {
  pool.destroyAll();
  await Promise.all(processes.map((process) => process.kill()));
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

async function prepareProject(): Promise<{ documentName: string; users: UserRow[] }> {
  dataDir = await makeDataDir();
  const database = openDatabase(dataDir, 'normal');
  const metaStore = new SqliteMetaStore(database);
  const { projectId, itemId } = await createProjectWithItem(metaStore);
  const users: UserRow[] = [];
  for (const name of ['ada', 'grace', 'linus']) {
    users.push(await createMember(metaStore, projectId, name, 'annotator'));
  }
  database.close();
  return { documentName: itemDocumentName(projectId, itemId, 'main'), users };
}

describe('a server killed with SIGKILL while people edit', () => {
  it('keeps every edit it acknowledged before it died', async () => {
    const { documentName, users } = await prepareProject();
    const first = await startServerProcess(dataDir);
    processes.push(first);
    const clients = await Promise.all(
      users.map(async (user) => {
        const provider = pool.open(documentName, await tokenFor(user), {
          url: collabUrlOf(first.port),
        });
        await acknowledged(provider);
        return new EditingClient(provider, user.id);
      }),
    );
    clients.forEach((client, index) => client.start(2 + index));
    await waitUntil(
      () => clients.every((client) => client.acknowledgedCount >= 100),
      'every client has 100 acknowledged edits',
      20_000,
    );
    // Kill at an arbitrary moment in the middle of the stream of edits.
    await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 50)));
    await first.kill();
    clients.forEach((client) => client.stop());

    const second = await startServerProcess(dataDir);
    processes.push(second);
    const reader = pool.open(documentName, await tokenFor(users[0]!), {
      url: collabUrlOf(second.port),
    });
    await acknowledged(reader);
    const layer = readLayer(reader.document);

    for (const client of clients) {
      expect(client.acknowledgedCount).toBeGreaterThanOrEqual(100);
      expect(client.missingFrom(layer)).toEqual([]);
    }
  });
});
