import type { HocuspocusProvider } from '@hocuspocus/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCollabSocket } from '../../../client/collab/createCollabSocket.ts';
import { READ_ONLY_SCHEMA } from '../../../client/schemaEditor/SchemaCommands.ts';
import { openSchemaSession } from '../../../client/schemaEditor/openSchemaSession.ts';
import type { SchemaSession } from '../../../client/schemaEditor/SchemaSession.ts';
import type * as Y from 'yjs';
import { itemDocumentName, projectDocumentName } from '../../../shared/doc/documentName.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLabelSchema } from '../../../shared/doc/projectSchemaDoc.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { renameLabel } from '../../../shared/doc/schemaEdits/renameLabel.ts';
import { createSegment, createTrack, setKeyframe } from '../../../shared/doc/writeRecords.ts';
import { createShape } from '../../../shared/doc/writeShapes.ts';
import { addTag } from '../../../shared/doc/writeTags.ts';
import type { NativeItem } from '../../../shared/formats/native/nativeItemSchema.ts';
import { lintLayer } from '../../../shared/lint/lintLayer.ts';
import type { LintContext } from '../../../shared/lint/LintFinding.ts';
import type { AssignmentsResponse } from '../../../shared/protocol/assignments.ts';
import type { ItemDetail, MediaInfo } from '../../../shared/protocol/http.ts';
import { exportOverHttp } from '../exchange/exchangeHttp.ts';
import type { ExchangeServer, Member } from '../exchange/startExchangeServer.ts';
import { startExchangeServer } from '../exchange/startExchangeServer.ts';
import { callApi } from '../permissions/callApi.ts';
import { nextVerdict, storedEditBy } from '../permissions/probeAccess.ts';
import { acknowledged, waitUntil } from './waitUntil.ts';

let server: ExchangeServer;
let media: MediaInfo;
let blindLayer: string;
/** The annotator's own layer, open for the whole file as it would be in her editor. */
let annotatorLayer: HocuspocusProvider;
/** Each member's copy of the schema document, open for the whole file. */
const schemaCopies = new Map<string, HocuspocusProvider>();
let gold: HocuspocusProvider;

const schemaName = () => projectDocumentName(server.projectId, 'schema');
const layerName = (layer: string) => itemDocumentName(server.projectId, server.itemId, layer);
const box = (x: number) => ({ x, y: 40, w: 80, h: 60 });

async function openAs(member: Member, documentName: string): Promise<HocuspocusProvider> {
  const provider = server.pool.open(documentName, member.token);
  await acknowledged(provider);
  return provider;
}

/** Tracks, a polygon shape, an event segment and an item tag, all labelled `car`. */
function annotateWithCar(doc: Y.Doc, prefix: string, userId: string): void {
  const author = { userId, nowMs: 1_700_000_000_000 };
  createTrack(
    doc,
    { id: `${prefix}-track1`, labelId: 'car', frame: 3, box: box(10) },
    author,
    LOCAL_ORIGIN,
  );
  setKeyframe(doc, `${prefix}-track1`, 90, { box: box(200), outside: false }, author, LOCAL_ORIGIN);
  createTrack(
    doc,
    { id: `${prefix}-track2`, labelId: 'car', frame: 40, box: box(300) },
    author,
    LOCAL_ORIGIN,
  );
  createShape(
    doc,
    {
      id: `${prefix}-outline`,
      labelId: 'car',
      geometry: 'polygon',
      skeletonId: null,
      frame: 12,
      keyframe: { points: [10, 10, 90, 10, 90, 60, 10, 60], visible: null, outside: false },
    },
    author,
    LOCAL_ORIGIN,
  );
  createSegment(
    doc,
    {
      id: `${prefix}-honk`,
      tierId: 'events',
      startMs: 1000,
      endMs: 1800,
      labelId: 'car',
      speaker: null,
    },
    author,
    LOCAL_ORIGIN,
  );
  addTag(doc, 'car', author, LOCAL_ORIGIN);
}

function labelIdsOf(doc: Y.Doc): string[] {
  const snapshot = readLayer(doc);
  return [...snapshot.tracks, ...snapshot.shapes, ...snapshot.segments, ...snapshot.tags].map(
    (record) => `${record.id}:${record.labelId}`,
  );
}

function lintContext(layer: Y.Doc, schema: Y.Doc): LintContext {
  const { labels, tiers, skeletons, relationTypes } = readLabelSchema(schema);
  return { snapshot: readLayer(layer), media, labels, tiers, skeletons, relationTypes };
}

function labelNotInSchema(context: LintContext) {
  return lintLayer(context).filter((finding) => finding.rule === 'label-not-in-schema');
}

function carNameAsReadBy(provider: HocuspocusProvider): string | undefined {
  return readLabelSchema(provider.document).labels.find((label) => label.id === 'car')?.name;
}

beforeAll(async () => {
  server = await startExchangeServer();
  const { trainer, annotator, admin } = server;
  const assigned = await callApi<AssignmentsResponse>(
    server.url,
    trainer.token,
    'POST',
    `/api/projects/${server.projectId}/items/${server.itemId}/assignments`,
    { usernames: [annotator.username], mode: 'blind' },
  );
  expect(assigned.status).toBe(201);
  blindLayer = assigned.body.assignments[0]?.layer as string;
  const detail = await callApi<ItemDetail>(
    server.url,
    trainer.token,
    'GET',
    `/api/projects/${server.projectId}/items/${server.itemId}`,
  );
  media = detail.body.media as MediaInfo;

  annotatorLayer = await openAs(annotator, layerName(blindLayer));
  annotateWithCar(annotatorLayer.document, 'ann', annotator.user.id);
  await acknowledged(annotatorLayer);
  gold = await openAs(trainer, layerName('gold'));
  annotateWithCar(gold.document, 'gold', trainer.user.id);
  await acknowledged(gold);
  for (const member of [annotator, trainer, admin]) {
    schemaCopies.set(member.username, await openAs(member, schemaName()));
  }
});

afterAll(() => server?.close());

describe('a trainer renaming a label while an annotator works', () => {
  it('renames car to Vehicle for every connected client, and every annotation keeps label car', async () => {
    const { annotator, trainer, admin } = server;
    const before = labelIdsOf(annotatorLayer.document);
    expect(before).toHaveLength(5);
    expect(before.every((entry) => entry.endsWith(':car'))).toBe(true);

    const trainerSchema = schemaCopies.get(trainer.username) as HocuspocusProvider;
    const renamed = renameLabel(trainerSchema.document, 'car', 'Vehicle', LOCAL_ORIGIN);
    expect(renamed).toMatchObject({ ok: true, value: { id: 'car', name: 'Vehicle' } });
    await acknowledged(trainerSchema);

    for (const member of [annotator, admin]) {
      const copy = schemaCopies.get(member.username) as HocuspocusProvider;
      await waitUntil(
        () => carNameAsReadBy(copy) === 'Vehicle',
        `${member.username} reads Vehicle`,
      );
    }
    const serverCopy = server.testServer.server.collab.hocuspocus.documents.get(schemaName());
    expect(serverCopy && readLabelSchema(serverCopy).labels).toEqual([
      { id: 'car', name: 'Vehicle', colour: '#1f77b4', hotkey: 'c' },
    ]);
    const latecomer = await openAs(admin, schemaName());
    expect(carNameAsReadBy(latecomer)).toBe('Vehicle');

    expect(annotatorLayer.isSynced && annotatorLayer.unsyncedChanges === 0).toBe(true);
    expect(labelIdsOf(annotatorLayer.document)).toEqual(before);
    expect(labelIdsOf(gold.document).every((entry) => entry.endsWith(':car'))).toBe(true);
    expect(labelIdsOf(gold.document)).toHaveLength(5);
  });

  it('leaves the lint with no label missing from the schema in either layer', () => {
    const annotatorSchema = schemaCopies.get(server.annotator.username) as HocuspocusProvider;
    const trainerSchema = schemaCopies.get(server.trainer.username) as HocuspocusProvider;
    expect(
      labelNotInSchema(lintContext(annotatorLayer.document, annotatorSchema.document)),
    ).toEqual([]);
    expect(labelNotInSchema(lintContext(gold.document, trainerSchema.document))).toEqual([]);
    // The rule does look at these layers: without the label it reports every annotation.
    const withoutCar = { ...lintContext(gold.document, trainerSchema.document), labels: [] };
    expect(labelNotInSchema(withoutCar)).toHaveLength(5);
  });

  it('lets the annotator go on labelling with the renamed label over her open connection', async () => {
    const author = { userId: server.annotator.user.id, nowMs: 1_700_000_100_000 };
    const doc = annotatorLayer.document;
    createTrack(
      doc,
      { id: 'ann-track3', labelId: 'car', frame: 60, box: box(500) },
      author,
      LOCAL_ORIGIN,
    );
    await acknowledged(annotatorLayer);
    expect(labelIdsOf(doc)).toContain('ann-track3:car');
  });

  it('exports every annotation of both layers with label car', async () => {
    const exported = await exportOverHttp(
      server.url,
      server.trainer.token,
      server.projectId,
      server.itemId,
    );
    expect(exported.status).toBe(200);
    const file = JSON.parse(exported.text) as NativeItem;
    const labelled = (layer: string) =>
      file.layers
        .find((each) => each.layer === layer)
        ?.records.map((record) => `${record.id}:${record.labelId}`)
        .sort();
    // Item tags are not part of the native format; tracks, shapes and segments are.
    expect(labelled(blindLayer)).toEqual(
      ['ann-track1', 'ann-track2', 'ann-track3', 'ann-outline', 'ann-honk']
        .map((id) => `${id}:car`)
        .sort(),
    );
    expect(labelled('gold')).toEqual(
      ['gold-track1', 'gold-track2', 'gold-outline', 'gold-honk'].map((id) => `${id}:car`).sort(),
    );
  });
});

describe('an annotator and the schema', () => {
  it('is refused an edit of the schema, which is never stored, and everyone keeps the trainer’s name', async () => {
    const { annotator, trainer } = server;
    const copy = schemaCopies.get(annotator.username) as HocuspocusProvider;
    const verdict = nextVerdict(copy);
    expect(renameLabel(copy.document, 'car', 'Lorry', LOCAL_ORIGIN).ok).toBe(true);
    expect(await verdict).toBe(false);
    const { documentStore } = server.testServer.server;
    expect(await storedEditBy(documentStore, schemaName(), annotator.user.id)).toBe(false);
    expect(carNameAsReadBy(schemaCopies.get(trainer.username) as HocuspocusProvider)).toBe(
      'Vehicle',
    );
    const fresh = await openAs(annotator, schemaName());
    expect(carNameAsReadBy(fresh)).toBe('Vehicle');
  });
});

describe('the schema page’s session', () => {
  const opened: Array<{ session: SchemaSession; destroy: () => void }> = [];

  function openPage(member: Member): SchemaSession {
    const socket = createCollabSocket(server.testServer.collabUrl);
    const session = openSchemaSession({
      socket,
      token: () => member.token,
      projectId: server.projectId,
    });
    opened.push({ session, destroy: () => socket.destroy() });
    return session;
  }

  const granted = (session: SchemaSession) =>
    waitUntil(() => session.document.getSnapshot().scope !== null, 'the schema is authenticated');

  afterAll(() => {
    for (const { session, destroy } of opened) {
      session.dispose();
      destroy();
    }
  });

  it('renames a label for a trainer and shows it live on an annotator’s read-only page', async () => {
    const trainerPage = openPage(server.trainer);
    const annotatorPage = openPage(server.annotator);
    await Promise.all([granted(trainerPage), granted(annotatorPage)]);
    expect(trainerPage.canWrite()).toBe(true);
    expect(annotatorPage.canWrite()).toBe(false);
    expect(annotatorPage.commands.renameLabel('car', 'Lorry')).toEqual({
      ok: false,
      error: READ_ONLY_SCHEMA,
    });

    expect(trainerPage.commands.renameLabel('car', 'Motor vehicle')).toMatchObject({ ok: true });
    const nameOn = (page: SchemaSession) =>
      page.labelSchema.getSnapshot().labels.find((label) => label.id === 'car')?.name;
    await waitUntil(
      () => nameOn(annotatorPage) === 'Motor vehicle',
      'the annotator’s page shows it',
    );
    await waitUntil(
      () => trainerPage.document.getSnapshot().status === 'saved',
      'the trainer’s edit is saved',
    );
    expect(labelIdsOf(annotatorLayer.document).every((entry) => entry.endsWith(':car'))).toBe(true);
  });
});
