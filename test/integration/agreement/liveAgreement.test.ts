import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Disagreement } from '../../../shared/agreement/Disagreement.ts';
import { ROOT_DISAGREEMENTS } from '../../../shared/agreement/writeDisagreements.ts';
import { ROOT_PAIRS } from '../../../shared/agreement/writeAgreementChanges.ts';
import { itemDocumentName, projectDocumentName } from '../../../shared/doc/documentName.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { writeLabelSchema } from '../../../shared/doc/projectSchemaDoc.ts';
import { createSegment, deleteRecord, updateSegment } from '../../../shared/doc/writeRecords.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { writeTranscriptBlocks } from '../../../server/exchange/writeTranscriptBlocks.ts';
import { itemAgreement } from '../../../shared/agreement/itemAgreement.ts';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import { ClientPool } from '../collab/ClientPool.ts';
import { acknowledged, waitUntil } from '../collab/waitUntil.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';

const PROJECT = 'street';
const ITEM = 'clip-1';

let testServer: TestServer;
let pool: ClientPool;
let ann: UserRow;
let ben: UserRow;
let rex: UserRow;

beforeAll(async () => {
  testServer = await startTestServer();
  pool = new ClientPool(testServer.collabUrl);
  const { metaStore } = testServer;
  await createProjectWithItem(metaStore, PROJECT, ITEM);
  ann = await createMember(metaStore, PROJECT, 'ann', 'annotator');
  ben = await createMember(metaStore, PROJECT, 'ben', 'annotator');
  rex = await createMember(metaStore, PROJECT, 'rex', 'reviewer');
  for (const [id, user] of [
    ['ann1', ann],
    ['ben1', ben],
  ] as const) {
    await metaStore.createAssignment({
      id,
      projectId: PROJECT,
      itemId: ITEM,
      userId: user.id,
      mode: 'blind',
      createdBy: rex.id,
      createdAtMs: Date.now(),
      revealedAtMs: null,
    });
  }
  await testServer.server.collab.serverWrite(projectDocumentName(PROJECT, 'schema'), (doc) =>
    writeLabelSchema(
      doc,
      {
        tiers: [
          { id: 'events', name: 'Events', kind: 'segments' },
          { id: 'speech', name: 'Speech', kind: 'transcript' },
        ],
      },
      'server',
    ),
  );
});

afterAll(async () => {
  pool.destroyAll();
  await testServer.close();
});

function disagreementsOf(doc: Y.Doc): Disagreement[] {
  return [...doc.getMap<Disagreement>(ROOT_DISAGREEMENTS).values()];
}

describe('the live agreement engine', () => {
  it('shows a reviewer a disagreement within a second of the edit that causes it, and drops it within a second of the fix', async () => {
    const watcher = pool.open(itemDocumentName(PROJECT, ITEM, 'agreement'), await tokenFor(rex));
    const annLayer = pool.open(itemDocumentName(PROJECT, ITEM, 'a.ann1'), await tokenFor(ann));
    const benLayer = pool.open(itemDocumentName(PROJECT, ITEM, 'a.ben1'), await tokenFor(ben));
    await Promise.all([watcher, annLayer, benLayer].map((provider) => acknowledged(provider)));
    expect(disagreementsOf(watcher.document)).toEqual([]);

    const segment = { tierId: 'events', labelId: null, speaker: null };
    createSegment(
      annLayer.document,
      { id: 's1', startMs: 1_000, endMs: 3_000, ...segment },
      { userId: ann.id, nowMs: 1 },
      LOCAL_ORIGIN,
    );
    let started = Date.now();
    await waitUntil(
      () => disagreementsOf(watcher.document).length === 1,
      'the reviewer sees the disagreement',
      1_000,
    );
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(disagreementsOf(watcher.document)[0]).toMatchObject({
      kind: 'missing',
      layers: ['a.ann1', 'a.ben1'],
      objectIds: ['s1'],
      location: { startMs: 1_000, endMs: 3_000 },
    });

    createSegment(
      benLayer.document,
      { id: 't1', startMs: 1_000, endMs: 3_500, ...segment },
      { userId: ben.id, nowMs: 2 },
      LOCAL_ORIGIN,
    );
    await waitUntil(
      () =>
        disagreementsOf(watcher.document)
          .map((entry) => entry.kind)
          .join() === 'boundary',
      'the missing segment becomes a boundary disagreement',
      1_000,
    );
    started = Date.now();
    updateSegment(
      benLayer.document,
      't1',
      { endMs: 3_050 },
      { userId: ben.id, nowMs: 3 },
      LOCAL_ORIGIN,
    );
    await waitUntil(
      () => disagreementsOf(watcher.document).length === 0,
      'the fix clears it',
      1_000,
    );
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('holds what a full computation over the same layers gives, after a burst of edits from both annotators', async () => {
    const watcher = pool.open(itemDocumentName(PROJECT, ITEM, 'agreement'), await tokenFor(rex));
    const layers = {
      'a.ann1': pool.open(itemDocumentName(PROJECT, ITEM, 'a.ann1'), await tokenFor(ann)),
      'a.ben1': pool.open(itemDocumentName(PROJECT, ITEM, 'a.ben1'), await tokenFor(ben)),
    };
    await Promise.all(
      [watcher, ...Object.values(layers)].map((provider) => acknowledged(provider)),
    );
    const authors = { 'a.ann1': ann.id, 'a.ben1': ben.id };
    let seed = 7;
    const next = (limit: number) => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed % limit;
    };
    for (let step = 0; step < 60; step += 1) {
      const name = step % 2 === 0 ? 'a.ann1' : 'a.ben1';
      const doc = layers[name].document;
      const id = `${name.slice(2, 5)}-${next(6)}`;
      const author = { userId: authors[name], nowMs: 10 + step };
      const startMs = next(20) * 250;
      const range = { startMs, endMs: startMs + 200 + next(8) * 150 };
      const labelId = next(3) === 0 ? 'noise' : null;
      if (doc.getMap('objects').has(id)) {
        if (next(5) === 0) deleteRecord(doc, id, LOCAL_ORIGIN);
        else updateSegment(doc, id, { ...range, labelId }, author, LOCAL_ORIGIN);
      } else {
        createSegment(
          doc,
          { id, ...range, tierId: 'events', labelId, speaker: null },
          author,
          LOCAL_ORIGIN,
        );
      }
      if (step % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 30));
    }
    const full = itemAgreement(
      new Map(
        Object.entries(layers).map(([name, provider]) => [name, readLayer(provider.document)]),
      ),
      {
        media: { width: 1, height: 1, frameCount: 0 },
        labels: [],
        tiers: [{ id: 'events', name: 'Events', kind: 'segments' }],
      },
    );
    if (!full.ok) throw new Error(full.error);
    const byId = (entries: Disagreement[]) => [...entries].sort((a, b) => (a.id < b.id ? -1 : 1));
    await waitUntil(
      () =>
        JSON.stringify(byId(disagreementsOf(watcher.document))) ===
        JSON.stringify(byId(full.value.disagreements)),
      'the live disagreements settle on the full computation',
      2_000,
    );
    expect(full.value.disagreements.length).toBeGreaterThan(0);
    expect(watcher.document.getMap(ROOT_PAIRS).get('a.ann1~a.ben1')).toEqual(full.value.pairs[0]);
  });

  it('scores the annotators’ transcripts word by word as they type', async () => {
    const watcher = pool.open(itemDocumentName(PROJECT, ITEM, 'agreement'), await tokenFor(rex));
    const annLayer = pool.open(itemDocumentName(PROJECT, ITEM, 'a.ann1'), await tokenFor(ann));
    const benLayer = pool.open(itemDocumentName(PROJECT, ITEM, 'a.ben1'), await tokenFor(ben));
    await Promise.all([watcher, annLayer, benLayer].map((provider) => acknowledged(provider)));
    const say = (provider: typeof annLayer, id: string, userId: string, text: string) =>
      provider.document.transact(() => {
        createSegment(
          provider.document,
          { id, startMs: 60_000, endMs: 62_000, tierId: 'speech', labelId: null, speaker: null },
          { userId, nowMs: 100 },
          LOCAL_ORIGIN,
        );
        writeTranscriptBlocks(provider.document, [{ segmentId: id, text }]);
      }, LOCAL_ORIGIN);
    say(annLayer, 'u-ann', ann.id, 'the cat sat on the mat');
    say(benLayer, 'u-ben', ben.id, 'the cat sit on mat');
    const textOf = () => disagreementsOf(watcher.document).find((entry) => entry.kind === 'text');
    await waitUntil(() => textOf() !== undefined, 'the differing words are a disagreement', 2_000);
    expect(textOf()).toMatchObject({
      objectIds: ['u-ann', 'u-ben'],
      location: { startMs: 60_000, endMs: 62_000 },
      message: 'a.ben1 differs from a.ann1: 1 substitution, 1 deletion, 0 insertions in 6 words',
    });
    const pair = watcher.document.getMap(ROOT_PAIRS).get('a.ann1~a.ben1') as {
      transcripts: { wer: number };
    };
    expect(pair.transcripts.wer).toBeCloseTo(2 / 6, 10);
  });

  it('keeps the results out of the log: they are derived, and computed afresh on load', async () => {
    const log = await testServer.server.documentStore.readLog(
      itemDocumentName(PROJECT, ITEM, 'agreement'),
    );
    const replayed = new Y.Doc();
    for (const entry of log) Y.applyUpdate(replayed, entry.update);
    expect(replayed.getMap(ROOT_DISAGREEMENTS).size).toBe(0);
    expect(replayed.getMap(ROOT_PAIRS).size).toBe(0);
  });

  it('refuses the agreement document to a blind annotator', async () => {
    const provider = pool.open(itemDocumentName(PROJECT, ITEM, 'agreement'), await tokenFor(ann));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(provider.isSynced).toBe(false);
    expect(disagreementsOf(provider.document)).toEqual([]);
  });
});
