import fs from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { ROOT_DISAGREEMENTS } from '../../../shared/agreement/writeDisagreements.ts';
import { itemDocumentName, projectDocumentName } from '../../../shared/doc/documentName.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { writeLabelSchema } from '../../../shared/doc/projectSchemaDoc.ts';
import { createSegment } from '../../../shared/doc/writeRecords.ts';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import { openDatabase } from '../../../server/storage/openDatabase.ts';
import { SqliteMetaStore } from '../../../server/storage/sqlite/SqliteMetaStore.ts';
import { acknowledged, waitUntil } from '../collab/waitUntil.ts';
import { createMember, createProjectWithItem, makeDataDir, tokenFor } from '../testServer.ts';
import type { Cluster } from './startCluster.ts';
import { startCluster } from './startCluster.ts';
import { redisSkipReason } from './redisSkipReason.ts';
import { RotatingClients } from './RotatingClients.ts';

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

/** An item two annotators label blind, a reviewer and a trainer, made before any server starts. */
async function prepareBlindItem() {
  dataDir = await makeDataDir();
  const database = openDatabase(dataDir, 'normal');
  try {
    const metaStore = new SqliteMetaStore(database);
    const { projectId, itemId } = await createProjectWithItem(metaStore);
    const member = (name: string, role: 'annotator' | 'reviewer' | 'trainer') =>
      createMember(metaStore, projectId, name, role);
    const users = {
      ann: await member('ann', 'annotator'),
      ben: await member('ben', 'annotator'),
      rex: await member('rex', 'reviewer'),
      tess: await member('tess', 'trainer'),
    };
    for (const [id, user] of [
      ['ann1', users.ann],
      ['ben1', users.ben],
    ] as [string, UserRow][]) {
      await metaStore.createAssignment({
        id,
        projectId,
        itemId,
        userId: user.id,
        mode: 'blind',
        createdBy: users.tess.id,
        createdAtMs: Date.now(),
        revealedAtMs: null,
      });
    }
    return { projectId, itemId, users };
  } finally {
    database.close();
  }
}

/** The Yjs client ids that wrote anything into a document: one per process that wrote into it. */
function writersOf(doc: Y.Doc): number[] {
  return [...doc.store.clients.keys()];
}

describe.skipIf(skipReason !== null)('agreement scoring with two server processes', () => {
  it('scores an item in one process only, and reviewers on both see its results', async () => {
    const { projectId, itemId, users } = await prepareBlindItem();
    cluster = await startCluster(dataDir as string, 2);
    const [first, second] = cluster.urls as [string, string];
    const schema = clients.open(
      [first],
      projectDocumentName(projectId, 'schema'),
      await tokenFor(users.tess),
    );
    await acknowledged(schema.provider);
    writeLabelSchema(
      schema.provider.document,
      { tiers: [{ id: 'events', name: 'Events', kind: 'segments' }] },
      users.tess.id,
    );
    await acknowledged(schema.provider);
    const agreement = itemDocumentName(projectId, itemId, 'agreement');
    const reviewerOnFirst = clients.open([first], agreement, await tokenFor(users.rex));
    const reviewerOnSecond = clients.open([second], agreement, await tokenFor(users.rex));
    const annotator = clients.open(
      [second],
      itemDocumentName(projectId, itemId, 'a.ann1'),
      await tokenFor(users.ann),
    );
    const colleague = clients.open(
      [first],
      itemDocumentName(projectId, itemId, 'a.ben1'),
      await tokenFor(users.ben),
    );
    await Promise.all(
      [reviewerOnFirst, reviewerOnSecond, annotator, colleague].map(({ provider }) =>
        acknowledged(provider),
      ),
    );
    for (let index = 0; index < 5; index += 1) {
      createSegment(
        annotator.provider.document,
        {
          id: `s${index}`,
          startMs: index * 2_000,
          endMs: index * 2_000 + 900,
          tierId: 'events',
          labelId: null,
          speaker: null,
        },
        { userId: users.ann.id, nowMs: Date.now() },
        LOCAL_ORIGIN,
      );
    }
    for (const reviewer of [reviewerOnFirst, reviewerOnSecond]) {
      await waitUntil(
        () => reviewer.provider.document.getMap(ROOT_DISAGREEMENTS).size === 5,
        'both reviewers see the five missing segments',
        3_000,
      );
    }
    // Let both processes run past a lease renewal and any second rescore.
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const reviewer of [reviewerOnFirst, reviewerOnSecond]) {
      expect(writersOf(reviewer.provider.document)).toHaveLength(1);
    }
  });
});
