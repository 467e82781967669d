import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planInPlaceMigration } from '../../../server/extensions/migration/planInPlaceMigration.ts';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { readDocumentVersions } from '../../../shared/doc/layerMeta.ts';
import { metaOf, objectsOf } from '../../../shared/doc/layerRoots.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import {
  FIELD_KEYFRAME_BASE,
  FIELD_KEYFRAMES,
  META_ITEM_ID,
  META_LAYER_ID,
  META_PROJECT_ID,
  META_RECORD_VERSIONS,
  META_SCHEMA_VERSION,
} from '../../../shared/doc/roots.ts';
import { createSegment, createTrack, setKeyframe } from '../../../shared/doc/writeRecords.ts';
import { currentRecordVersions } from '../../../shared/schema/schemaVersions.ts';
import { ClientPool } from '../collab/ClientPool.ts';
import { acknowledged, refusal, waitUntil } from '../collab/waitUntil.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';

const DOCUMENT = itemDocumentName('street', 'clip-1', 'main');
const PREVIOUS_RECORD_VERSIONS = { track: 0, segment: 0, label: 0, tier: 0 };

let servers: TestServer[] = [];
let pools: ClientPool[] = [];

afterEach(async () => {
  pools.forEach((pool) => pool.destroyAll());
  await Promise.all(servers.map((server) => server.close()));
  pools = [];
  servers = [];
});

/** A layer as the previous build stored it: every keyframe an entry of its track's keyframe map. */
function previousBuildLayer(recordVersions: Record<string, number>): Y.Doc {
  const doc = new Y.Doc();
  const author = { userId: 'ada', nowMs: 1_700_000_000_000 };
  const box = (frame: number) => ({ x: 100 + frame / 4, y: 50.5, w: 40, h: 60 });
  doc.transact(() => {
    const meta = metaOf(doc);
    meta.set(META_SCHEMA_VERSION, 1);
    meta.set(META_RECORD_VERSIONS, recordVersions);
    meta.set(META_PROJECT_ID, 'street');
    meta.set(META_ITEM_ID, 'clip-1');
    meta.set(META_LAYER_ID, 'main');
    createTrack(
      doc,
      { id: 'tracked', labelId: 'car', frame: 0, box: box(0) },
      author,
      LOCAL_ORIGIN,
    );
    for (let frame = 1; frame < 600; frame += 1) {
      const keyframe = { box: box(frame), outside: frame >= 590 };
      setKeyframe(doc, 'tracked', frame, keyframe, author, LOCAL_ORIGIN);
    }
    createTrack(doc, { id: 'drawn', labelId: null, frame: 12, box: box(12) }, author, LOCAL_ORIGIN);
    setKeyframe(doc, 'drawn', 40, { box: box(40), outside: false }, author, LOCAL_ORIGIN);
    (objectsOf(doc).get('drawn')?.get(FIELD_KEYFRAMES) as Y.Map<unknown>).set('41', { box: 'x' });
    const segment = {
      id: 'seg',
      tierId: 'words',
      startMs: 0,
      endMs: 900,
      labelId: null,
      speaker: null,
    };
    createSegment(doc, segment, author, LOCAL_ORIGIN);
  });
  return doc;
}

async function storedServer(stored: Y.Doc) {
  const first = await startTestServer();
  servers.push(first);
  await first.server.documentStore.appendUpdate(DOCUMENT, Y.encodeStateAsUpdate(stored), {
    userId: null,
    connectionId: null,
    clientIds: [stored.clientID],
    receivedAtMs: Date.now(),
  });
  await createProjectWithItem(first.metaStore, 'street', 'clip-1');
  const ada = await createMember(first.metaStore, 'street', 'ada', 'annotator');
  await first.stop();
  return { dataDir: first.dataDir, token: await tokenFor(ada) };
}

async function restart(dataDir: string) {
  const server = await startTestServer({ dataDir });
  servers.push(server);
  const pool = new ClientPool(server.collabUrl);
  pools.push(pool);
  return { server, pool };
}

function shapeOf(doc: Y.Doc) {
  return Object.fromEntries(
    ['tracked', 'drawn'].map((id) => {
      const record = objectsOf(doc).get(id);
      const overlay = record?.get(FIELD_KEYFRAMES) as Y.Map<unknown> | undefined;
      return [
        id,
        {
          base: record?.get(FIELD_KEYFRAME_BASE) instanceof Uint8Array,
          overlay: overlay?.toJSON(),
        },
      ];
    }),
  );
}

const MIGRATED_SHAPE = {
  tracked: { base: true, overlay: {} },
  drawn: { base: true, overlay: { 41: { box: 'x' } } },
};

describe('a layer stored by the previous build, loaded after a restart', () => {
  it('has its keyframes moved into bases in place, on disk, before the first client syncs', async () => {
    const stored = previousBuildLayer(PREVIOUS_RECORD_VERSIONS);
    const { dataDir, token } = await storedServer(stored);
    const { server, pool } = await restart(dataDir);

    const provider = pool.open(DOCUMENT, token);
    let shapeWhenSynced: unknown = null;
    provider.on('synced', () => (shapeWhenSynced ??= shapeOf(provider.document)));
    await acknowledged(provider);
    expect(shapeWhenSynced).toEqual(MIGRATED_SHAPE);
    expect(readLayer(provider.document)).toEqual(readLayer(stored));
    expect(readDocumentVersions(provider.document).recordVersions).toEqual(currentRecordVersions());

    const log = await server.server.documentStore.readLog(DOCUMENT);
    expect(log.map((entry) => entry.userId)).toEqual([null, null]);
    const replayed = new Y.Doc();
    for (const entry of log) Y.applyUpdate(replayed, entry.update);
    expect(shapeOf(replayed)).toEqual(MIGRATED_SHAPE);
    expect(readLayer(replayed)).toEqual(readLayer(stored));
  });

  it('is migrated once: a second restart writes nothing and reads the same', async () => {
    const stored = previousBuildLayer(PREVIOUS_RECORD_VERSIONS);
    const { dataDir, token } = await storedServer(stored);
    const once = await restart(dataDir);
    await acknowledged(once.pool.open(DOCUMENT, token));
    once.pool.destroyAll();
    const entriesAfterMigration = (await once.server.server.documentStore.stats(DOCUMENT))
      .logEntries;
    expect(entriesAfterMigration).toBe(2);
    await once.server.stop();

    const twice = await restart(dataDir);
    const provider = twice.pool.open(DOCUMENT, token);
    await acknowledged(provider);
    expect(shapeOf(provider.document)).toEqual(MIGRATED_SHAPE);
    expect(readLayer(provider.document)).toEqual(readLayer(stored));
    expect((await twice.server.server.documentStore.stats(DOCUMENT)).logEntries).toBe(
      entriesAfterMigration,
    );
  });

  it('is refused, untouched, when a newer build stamped it', async () => {
    const stored = previousBuildLayer({ ...PREVIOUS_RECORD_VERSIONS, track: 99 });
    const { dataDir, token } = await storedServer(stored);
    const { server, pool } = await restart(dataDir);
    expect(await refusal(pool.open(DOCUMENT, token))).toMatch(
      /track records are at version 99, newer than this build understands/,
    );
    await waitUntil(() => !server.server.collab.hocuspocus.documents.has(DOCUMENT), 'unloaded');
    expect(await server.server.documentStore.readLog(DOCUMENT)).toHaveLength(1);
  });
});

describe('the in-place migration plan', () => {
  it('has an in-place counterpart for every record migration, from any older version', () => {
    const plan = planInPlaceMigration({});
    expect(plan.ok && [...plan.value.keys()]).toEqual(['track']);
    const current = planInPlaceMigration(currentRecordVersions());
    expect(current.ok && current.value.size).toBe(0);
  });
});
