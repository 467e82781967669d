import type { HocuspocusProvider } from '@hocuspocus/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import { itemDocumentName, projectDocumentName } from '../../../shared/doc/documentName.ts';
import { objectsOf } from '../../../shared/doc/layerRoots.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { createTrack } from '../../../shared/doc/writeRecords.ts';
import type {
  AssignmentsResponse,
  AssignmentSummary,
  QueueResponse,
} from '../../../shared/protocol/assignments.ts';
import type { ErrorBody, ItemDetail, ItemSummary } from '../../../shared/protocol/http.ts';
import { acknowledged, waitUntil } from '../collab/waitUntil.ts';
import { exportOverHttp, importOverHttp } from '../exchange/exchangeHttp.ts';
import type { ExchangeServer } from '../exchange/startExchangeServer.ts';
import { startExchangeServer } from '../exchange/startExchangeServer.ts';
import { createMember, tokenFor } from '../testServer.ts';
import { callApi } from './callApi.ts';
import { attemptEdit, openedOrRefused } from './probeAccess.ts';

const MODEL_LAYER = 'model.tracker';
const MISSING_LAYER = 'a.nobody';
/** The object each author leaves in the layer they write; none of them may reach the annotator. */
const SECRET_OF: Record<string, string> = {
  main: 'main-shared',
  gold: 'gold-answer',
  final: 'final-decision',
  review: 'review-note',
};

interface Person {
  user: UserRow;
  token: string;
}

let server: ExchangeServer;
let itemId: string;
let people: Record<'ann' | 'bea' | 'rex' | 'tim', Person>;
let annLayer: string;
let beaLayer: string;
let beaThread: string;
/** Every layer of the item holding work the blind annotator may not read. */
let hiddenLayers: string[];

const nameOf = (layer: string) => itemDocumentName(server.projectId, itemId, layer);
const itemPath = () => `/api/projects/${server.projectId}/items/${itemId}`;
const asAnn = <T = ErrorBody>(method: 'GET' | 'POST', path: string, body?: unknown) =>
  callApi<T>(server.url, people.ann.token, method, path, body);

async function openSynced(token: string, documentName: string): Promise<HocuspocusProvider> {
  const provider = server.pool.open(documentName, token);
  await acknowledged(provider);
  return provider;
}

/** Opens the document as the person, leaves one box track in it, and waits for the acknowledgement. */
async function writeTrack(person: Person, documentName: string, trackId: string) {
  const provider = await openSynced(person.token, documentName);
  const author = { userId: person.user.id, nowMs: Date.now() };
  const track = { id: trackId, labelId: 'car', frame: 3, box: { x: 10, y: 10, w: 20, h: 20 } };
  createTrack(provider.document, track, author, LOCAL_ORIGIN);
  await acknowledged(provider);
  provider.destroy();
}

/** A model layer brought in the way model layers are: the trainer imports a tracker's output. */
async function importModelLayer() {
  const scratchItem = await server.addVideoItem('Tracker output');
  await writeTrack(
    people.tim,
    itemDocumentName(server.projectId, scratchItem, 'main'),
    'model-guess',
  );
  const exported = await exportOverHttp(
    server.url,
    server.admin.token,
    server.projectId,
    scratchItem,
  );
  const file = JSON.parse(exported.text) as { layers: { layer: string }[] };
  for (const layer of file.layers) layer.layer = MODEL_LAYER;
  const target = { projectId: server.projectId, itemId };
  const imported = await importOverHttp(server.url, people.tim.token, target, JSON.stringify(file));
  expect(imported.status).toBe(200);
}

beforeAll(async () => {
  server = await startExchangeServer();
  itemId = await server.addVideoItem('Blind calibration');
  const { metaStore } = server.testServer;
  const member = async (username: string, role: 'annotator' | 'reviewer') => {
    const user = await createMember(metaStore, server.projectId, username, role);
    return { user, token: await tokenFor(user) };
  };
  people = {
    ann: { user: server.annotator.user, token: server.annotator.token },
    bea: await member('bea', 'annotator'),
    rex: await member('rex', 'reviewer'),
    tim: { user: server.trainer.user, token: server.trainer.token },
  };
  await writeTrack(people.tim, nameOf('main'), SECRET_OF.main as string);
  const created = await callApi<AssignmentsResponse>(
    server.url,
    people.tim.token,
    'POST',
    `${itemPath()}/assignments`,
    { usernames: ['ann', 'bea'], mode: 'blind' },
  );
  expect(created.status).toBe(201);
  const assignmentOf = (username: string) =>
    created.body.assignments.find((each) => each.username === username) as AssignmentSummary;
  annLayer = assignmentOf('ann').layer;
  beaLayer = assignmentOf('bea').layer;
  beaThread = `review.${assignmentOf('bea').id}`;
  await writeTrack(people.ann, nameOf(annLayer), 'ann-own');
  await writeTrack(people.bea, nameOf(beaLayer), 'bea-secret');
  await writeTrack(people.tim, nameOf('gold'), SECRET_OF.gold as string);
  await writeTrack(people.rex, nameOf('final'), SECRET_OF.final as string);
  await writeTrack(people.rex, nameOf('review'), SECRET_OF.review as string);
  await writeTrack(people.rex, nameOf(beaThread), 'thread-to-bea');
  await server.testServer.server.collab.serverWrite(nameOf('agreement'), (doc) =>
    doc.getMap('results').set('agreement-result', 0.5),
  );
  await importModelLayer();
  hiddenLayers = [beaLayer, beaThread, 'main', 'gold', 'final', 'review', 'agreement'];
});

afterAll(() => server.close());

/** The four history routes of a layer, as the annotator; restore asks for the layer as it is now. */
async function historyAsAnn(layer: string) {
  const base = `${itemPath()}/layers/${layer}/history`;
  const nowMs = Date.now();
  return [
    await asAnn('GET', `${base}/state?at=${nowMs}`),
    await asAnn('GET', `${base}/changes`),
    await asAnn('GET', `${base}/timeline`),
    await asAnn('POST', `${base}/restore`, { at: nowMs }),
  ];
}

function layersIn(fileText: string): string[] {
  return (JSON.parse(fileText) as { layers: { layer: string }[] }).layers.map((each) => each.layer);
}

/** A file holding the annotator's own layer under another layer's name. */
async function ownLayerFileAs(layer: string): Promise<string> {
  const exported = await exportOverHttp(server.url, people.ann.token, server.projectId, itemId);
  const file = JSON.parse(exported.text) as { layers: { layer: string }[] };
  file.layers = file.layers.filter((each) => each.layer === annLayer);
  for (const each of file.layers) each.layer = layer;
  return JSON.stringify(file);
}

/** Who the provider has seen on its document, by Yjs client id. */
const seenBy = (provider: HocuspocusProvider) => [
  ...(provider.awareness?.getStates().keys() ?? []),
];

describe('a blind annotator, by every route', () => {
  it('is refused every hidden layer over the socket and never syncs any of its content', async () => {
    for (const layer of hiddenLayers) {
      const provider = server.pool.open(nameOf(layer), people.ann.token);
      expect(await openedOrRefused(provider), layer).toEqual({
        opened: false,
        reason: expect.any(String),
      });
      expect(provider.document.share.size, layer).toBe(0);
      provider.destroy();
    }
  });

  it('never sees the presence of the other annotator or the reviewer on any document she opens', async () => {
    const watchers: HocuspocusProvider[] = [];
    const watch = async (who: 'bea' | 'rex', documentName: string, writes: boolean) => {
      const provider = await openSynced(people[who].token, documentName);
      provider.setAwarenessField('cursor', { x: 1, y: 2, frame: 3 });
      // Each connection is handled in order: once an edit has its verdict, the presence before it was handled.
      expect(await attemptEdit(provider, `${who}-watching`)).toBe(writes);
      watchers.push(provider);
    };
    const schema = projectDocumentName(server.projectId, 'schema');
    await watch('bea', nameOf(beaLayer), true);
    await watch('rex', nameOf('final'), true);
    await watch('rex', nameOf(annLayer), false);
    for (const shared of [schema, nameOf(MODEL_LAYER)]) {
      await watch('bea', shared, false);
      await watch('rex', shared, false);
    }
    const own = await openSynced(people.ann.token, nameOf(annLayer));
    const schemaView = await openSynced(people.ann.token, schema);
    const modelView = await openSynced(people.ann.token, nameOf(MODEL_LAYER));
    own.setAwarenessField('cursor', { x: 5, y: 5, frame: 5 });
    for (const provider of watchers) provider.setAwarenessField('cursor', { x: 7, y: 7, frame: 7 });
    for (const provider of watchers) await attemptEdit(provider, 'still-watching');
    // The trainer writes the schema, so he is seen there; once Ann sees him, anything sent before has arrived.
    const trainer = await openSynced(people.tim.token, schema);
    trainer.setAwarenessField('cursor', { x: 9, y: 9, frame: 9 });
    await waitUntil(
      () => schemaView.awareness?.getStates().get(trainer.document.clientID) !== undefined,
      'the annotator sees the trainer on the schema',
    );
    const others = new Set(watchers.map((provider) => provider.document.clientID));
    for (const view of [own, schemaView, modelView]) {
      expect(seenBy(view).filter((clientId) => others.has(clientId))).toEqual([]);
    }
    const { documents } = server.testServer.server.collab.hocuspocus;
    expect([...(documents.get(nameOf(annLayer))?.awareness.getStates().keys() ?? [])]).toEqual([
      own.document.clientID,
    ]);
    expect(documents.get(nameOf(MODEL_LAYER))?.awareness.getStates().size).toBe(0);
    for (const provider of [...watchers, own, schemaView, modelView, trainer]) provider.destroy();
  });

  it('is shown in the item detail only her own layer, her thread, the model layer and her assignment', async () => {
    const detail = await asAnn<ItemDetail>('GET', itemPath());
    expect(detail.status).toBe(200);
    expect(detail.body.layers.map(({ layer, access }) => [layer, access])).toEqual([
      [annLayer, 'write'],
      [MODEL_LAYER, 'read'],
      [`review.${annLayer.slice(2)}`, 'write'],
    ]);
    expect(detail.body.assignments.map((each) => each.username)).toEqual(['ann']);
    expect(JSON.stringify(detail.body)).not.toContain(beaLayer.slice(2));
  });

  it('gets the same 404 from every history route of a hidden layer as from a layer that does not exist', async () => {
    const missing = await historyAsAnn(MISSING_LAYER);
    for (const layer of hiddenLayers) {
      const replies = await historyAsAnn(layer);
      const unnamed = JSON.parse(JSON.stringify(replies).replaceAll(layer, MISSING_LAYER));
      expect(unnamed, layer).toEqual(missing);
      expect(
        replies.map((reply) => reply.status),
        layer,
      ).toEqual([404, 404, 404, 404]);
    }
    const trainerTimeline = await callApi<{ entries: unknown[] }>(
      server.url,
      people.tim.token,
      'GET',
      `${itemPath()}/layers/gold/history/timeline`,
    );
    expect(trainerTimeline.body.entries.length).toBeGreaterThan(0);
  });

  it('exports only her own layer and the model layer', async () => {
    const exported = await exportOverHttp(server.url, people.ann.token, server.projectId, itemId);
    expect(exported.status).toBe(200);
    expect(layersIn(exported.text)).toEqual([annLayer, MODEL_LAYER]);
    expect(exported.text).toContain('ann-own');
    expect(exported.text).toContain('model-guess');
    for (const secret of ['bea-secret', 'thread-to-bea', 'agreement-result', beaLayer]) {
      expect(exported.text).not.toContain(secret);
    }
    for (const secret of Object.values(SECRET_OF)) expect(exported.text).not.toContain(secret);
  });

  it('is refused an import into any hidden layer exactly as into a layer that does not exist', async () => {
    const { documentStore } = server.testServer.server;
    const target = { projectId: server.projectId, itemId, replace: true };
    const missing = await importOverHttp(
      server.url,
      people.ann.token,
      target,
      await ownLayerFileAs(MISSING_LAYER),
    );
    expect(missing.status).toBe(403);
    for (const layer of hiddenLayers) {
      const logBefore = await documentStore.readLog(nameOf(layer));
      const refused = await importOverHttp(
        server.url,
        people.ann.token,
        target,
        await ownLayerFileAs(layer),
      );
      expect(refused.status, layer).toBe(403);
      if (layer !== 'agreement') {
        const unnamed = JSON.parse(JSON.stringify(refused).replaceAll(layer, MISSING_LAYER));
        expect(unnamed, layer).toEqual(missing);
      }
      expect(await documentStore.readLog(nameOf(layer)), layer).toEqual(logBefore);
    }
    const own = await importOverHttp(
      server.url,
      people.ann.token,
      target,
      await ownLayerFileAs(annLayer),
    );
    expect(own.status).toBe(200);
  });

  it('finds only her own assignment in her queue and nothing of the other annotator in items or media', async () => {
    const queue = await asAnn<QueueResponse>('GET', '/api/me/queue');
    expect(queue.body.entries.map((entry) => entry.assignment.layer)).toEqual([annLayer]);
    const items = await asAnn<ItemSummary[]>('GET', `/api/projects/${server.projectId}/items`);
    const itemsForTrainer = await callApi<ItemSummary[]>(
      server.url,
      people.tim.token,
      'GET',
      `/api/projects/${server.projectId}/items`,
    );
    expect(items.body).toEqual(itemsForTrainer.body);
    const media = items.body.find((item) => item.id === itemId)?.media;
    const bytes = await fetch(`${server.url}${media?.url ?? ''}`, {
      headers: { Authorization: `Bearer ${people.ann.token}` },
    });
    expect(bytes.status).toBe(200);
    expect((await bytes.arrayBuffer()).byteLength).toBe(media?.sizeBytes);
    const seen = JSON.stringify([queue.body, items.body]);
    for (const trace of [beaLayer.slice(2), 'bea', people.bea.user.id]) {
      expect(seen).not.toContain(trace);
    }
  });

  it('cannot reveal the blind work or assign herself to the item', async () => {
    const reveal = await asAnn('POST', `${itemPath()}/assignments/reveal`);
    expect(reveal.status).toBe(403);
    const shared = await asAnn('POST', `${itemPath()}/assignments`, {
      usernames: ['ann'],
      mode: 'shared',
    });
    expect(shared.status).toBe(403);
    const bea = server.pool.open(nameOf(beaLayer), people.ann.token);
    expect((await openedOrRefused(bea)).opened).toBe(false);
  });
});

describe('the same annotator once the blind work is revealed', () => {
  const readable = () => [beaLayer, 'main', 'gold', 'final', 'review', 'agreement'];

  beforeAll(async () => {
    const revealed = await callApi(
      server.url,
      people.tim.token,
      'POST',
      `${itemPath()}/assignments/reveal`,
    );
    expect(revealed.status).toBe(200);
  });

  it('opens the other annotator’s layer, gold, final, review and agreement over the socket, reading their content', async () => {
    for (const layer of readable()) {
      const provider = await openSynced(people.ann.token, nameOf(layer));
      const content = provider.document;
      if (layer === 'agreement') {
        expect(content.getMap('results').get('agreement-result')).toBe(0.5);
      } else {
        expect(objectsOf(content).has(SECRET_OF[layer] ?? 'bea-secret'), layer).toBe(true);
      }
      expect(await attemptEdit(provider, 'after-reveal'), layer).toBe(layer === 'main');
      provider.destroy();
    }
    const thread = server.pool.open(nameOf(beaThread), people.ann.token);
    expect((await openedOrRefused(thread)).opened).toBe(false);
  });

  it('lists the revealed layers and reads their history, while the other annotator’s thread stays hidden', async () => {
    const detail = await asAnn<ItemDetail>('GET', itemPath());
    const ownThread = `review.${annLayer.slice(2)}`;
    expect(detail.body.layers.map(({ layer }) => layer).sort()).toEqual(
      [...readable(), annLayer, MODEL_LAYER, ownThread].sort(),
    );
    expect(detail.body.assignments.map((each) => each.username).sort()).toEqual(['ann', 'bea']);
    for (const layer of readable()) {
      const [state, changes, timeline, restore] = await historyAsAnn(layer);
      expect([state?.status, changes?.status, timeline?.status], layer).toEqual([200, 200, 200]);
      expect(restore?.status, layer).toBe(layer === 'main' ? 200 : 403);
    }
    const [stateOfBea] = await historyAsAnn(beaLayer);
    expect(JSON.stringify(stateOfBea?.body)).toContain('bea-secret');
    const thread = await historyAsAnn(beaThread);
    expect(thread.map((reply) => reply.status)).toEqual([404, 404, 404, 404]);
  });

  it('exports the revealed layers but neither agreement nor the other annotator’s thread', async () => {
    const exported = await exportOverHttp(server.url, people.ann.token, server.projectId, itemId);
    expect(layersIn(exported.text)).toEqual(
      [annLayer, beaLayer, 'final', 'gold', 'main', MODEL_LAYER, 'review'].sort(),
    );
    expect(exported.text).toContain('bea-secret');
    expect(exported.text).not.toContain('thread-to-bea');
    const queue = await asAnn<QueueResponse>('GET', '/api/me/queue');
    expect(
      queue.body.entries.map((entry) => [entry.assignment.layer, entry.assignment.mode]),
    ).toEqual([[annLayer, 'revealed']]);
  });
});
