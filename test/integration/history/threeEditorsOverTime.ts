import type { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import type { LayerSnapshot } from '../../../shared/doc/readLayer.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import type { UtteranceText } from '../../../shared/protocol/history.ts';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import { readUtteranceTexts } from '../../../server/history/readUtteranceTexts.ts';
import { ClientPool } from '../collab/ClientPool.ts';
import { acknowledged, waitUntil } from '../collab/waitUntil.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';
import { editingTurns } from './editingTurns.ts';

/** Moments between the edits: every update before a mark was received at or before it, every later one after it. */
export type Mark = 'start' | 'afterAda' | 'afterBen' | 'afterCy' | 'afterAdaAgain';

/** The layer as the editors saw it at a mark. */
export interface SeenState {
  snapshot: LayerSnapshot;
  utterances: UtteranceText[];
}

/** A server with one item whose main layer ada, ben and cy edited in turns, and what they saw when. */
export interface EditedLayer {
  testServer: TestServer;
  pool: ClientPool;
  projectId: string;
  itemId: string;
  documentName: string;
  users: { ada: UserRow; ben: UserRow; cy: UserRow; vic: UserRow; outsider: UserRow };
  clients: { ada: HocuspocusProvider; ben: HocuspocusProvider; cy: HocuspocusProvider };
  marks: Record<Mark, number>;
  seen: Record<Mark, SeenState>;
  close(): Promise<void>;
}

const GAP_MS = 15;

function sameBytes(left: Uint8Array, right: Uint8Array): boolean {
  return left.length === right.length && left.every((byte, index) => byte === right[index]);
}

async function settle(providers: readonly HocuspocusProvider[]): Promise<void> {
  for (const provider of providers) await acknowledged(provider);
  const vectorOf = (provider: HocuspocusProvider) => Y.encodeStateVector(provider.document);
  await waitUntil(
    () => providers.every((provider) => sameBytes(vectorOf(provider), vectorOf(providers[0]!))),
    'every editor has every edit',
  );
}

async function createPeople(testServer: TestServer, projectId: string) {
  const { metaStore } = testServer;
  await metaStore.createProject({ id: 'elsewhere', name: 'elsewhere' });
  return {
    ada: await createMember(metaStore, projectId, 'ada', 'annotator'),
    ben: await createMember(metaStore, projectId, 'ben', 'annotator'),
    cy: await createMember(metaStore, projectId, 'cy', 'trainer'),
    vic: await createMember(metaStore, projectId, 'vic', 'viewer'),
    outsider: await createMember(metaStore, 'elsewhere', 'otto', 'admin'),
  };
}

function seenIn(doc: Y.Doc): SeenState {
  return { snapshot: readLayer(doc), utterances: readUtteranceTexts(doc) };
}

async function markNow(): Promise<number> {
  const markMs = Date.now();
  // Whatever is sent next is received in a later millisecond than the mark.
  await new Promise((resolve) => setTimeout(resolve, GAP_MS));
  return markMs;
}

/**
 * Starts a server and has three people edit one layer in turns, with gaps so that every turn
 * has its own times. `checkpointAfter` builds a checkpoint once that mark is reached.
 */
export async function editLayerOverTime(
  options: { checkpointAfter?: Mark } = {},
): Promise<EditedLayer> {
  const testServer = await startTestServer();
  const pool = new ClientPool(testServer.collabUrl);
  const { projectId, itemId } = await createProjectWithItem(
    testServer.metaStore,
    'street',
    'clip-1',
  );
  const documentName = itemDocumentName(projectId, itemId, 'main');
  const users = await createPeople(testServer, projectId);
  const clients = {
    ada: pool.open(documentName, await tokenFor(users.ada)),
    ben: pool.open(documentName, await tokenFor(users.ben)),
    cy: pool.open(documentName, await tokenFor(users.cy)),
  };
  const providers = Object.values(clients);
  await settle(providers);
  const marks = { start: await markNow() } as Record<Mark, number>;
  const seen = { start: seenIn(clients.ada.document) } as Record<Mark, SeenState>;
  const docs = { ada: clients.ada.document, ben: clients.ben.document, cy: clients.cy.document };
  for (const [mark, edit] of editingTurns(users, docs)) {
    edit();
    await settle(providers);
    seen[mark] = seenIn(clients.ada.document);
    marks[mark] = await markNow();
    if (options.checkpointAfter === mark) {
      await testServer.server.documentStore.checkpoint(documentName);
      await markNow();
    }
  }
  return {
    testServer,
    pool,
    projectId,
    itemId,
    documentName,
    users,
    clients,
    marks,
    seen,
    async close() {
      pool.destroyAll();
      await testServer.close();
    },
  };
}
