import type { HocuspocusProvider } from '@hocuspocus/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { objectsOf } from '../../../shared/doc/layerRoots.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { createSegment } from '../../../shared/doc/writeRecords.ts';
import type { SchemaViolationsMessage } from '../../../shared/protocol/schemaViolationsMessage.ts';
import { readSchemaViolationsMessage } from '../../../shared/protocol/schemaViolationsMessage.ts';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import { ClientPool } from '../collab/ClientPool.ts';
import { acknowledged, waitUntil } from '../collab/waitUntil.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';

let testServer: TestServer;
let pool: ClientPool;
let ada: UserRow;
let ben: UserRow;
const documentName = itemDocumentName('street', 'clip-1', 'main');

beforeAll(async () => {
  testServer = await startTestServer();
  pool = new ClientPool(testServer.collabUrl);
  await createProjectWithItem(testServer.metaStore, 'street', 'clip-1');
  ada = await createMember(testServer.metaStore, 'street', 'ada', 'annotator');
  ben = await createMember(testServer.metaStore, 'street', 'ben', 'annotator');
});

afterAll(async () => {
  pool.destroyAll();
  await testServer.close();
});

function violationMessagesOf(provider: HocuspocusProvider): SchemaViolationsMessage[] {
  const messages: SchemaViolationsMessage[] = [];
  provider.on('stateless', ({ payload }: { payload: string }) => {
    const message = readSchemaViolationsMessage(payload);
    if (message) messages.push(message);
  });
  return messages;
}

/** Writes records the way a buggy or hostile client could: valid Yjs, wrong shape. */
function writeBrokenRecords(doc: Y.Doc): void {
  doc.transact(() => {
    const segment = new Y.Map<unknown>();
    objectsOf(doc).set('seg-bad', segment);
    for (const [field, value] of Object.entries({
      kind: 'segment',
      tierId: 'words',
      startMs: 'twelve',
      endMs: 400,
      createdBy: ada.id,
      updatedBy: ada.id,
    }))
      segment.set(field, value);
    const blob = new Y.Map<unknown>();
    objectsOf(doc).set('blob-1', blob);
    blob.set('kind', 'blob');
  }, LOCAL_ORIGIN);
}

async function flagged() {
  return testServer.server.auditStore.readFlaggedUpdates(documentName);
}

describe('an edit that is valid Yjs but breaks the schema', () => {
  it('is kept, flagged in the audit log and reported to its author only', async () => {
    const author = pool.open(documentName, await tokenFor(ada));
    const reader = pool.open(documentName, await tokenFor(ben));
    await Promise.all([acknowledged(author), acknowledged(reader)]);
    const toAuthor = violationMessagesOf(author);
    const toReader = violationMessagesOf(reader);
    createSegment(
      author.document,
      { id: 'seg-ok', tierId: 'words', startMs: 0, endMs: 100, labelId: null, speaker: null },
      { userId: ada.id, nowMs: Date.now() },
      LOCAL_ORIGIN,
    );
    await acknowledged(author);

    writeBrokenRecords(author.document);
    await acknowledged(author);
    await waitUntil(() => toAuthor.length > 0, 'the author is told what the edit broke');

    const [message] = toAuthor;
    expect(message?.documentName).toBe(documentName);
    expect(message?.violations.map(({ recordId, field }) => `${recordId}.${field}`)).toEqual([
      'blob-1.kind',
      'seg-bad.startMs',
    ]);
    const [flag, ...others] = await flagged();
    expect(others).toEqual([]);
    expect(flag?.seq).toBe(message?.seq);
    expect(flag?.violations).toEqual(message?.violations);
    const [entry] = await testServer.server.documentStore.readLog(documentName, {
      afterSeq: (flag?.seq ?? 0) - 1,
      limit: 1,
    });
    expect(entry?.userId).toBe(ada.id);

    await waitUntil(
      () => objectsOf(reader.document).has('blob-1'),
      'the reader receives the edit as it was made',
    );
    const seen = readLayer(reader.document);
    expect(seen.segments.map((segment) => segment.id)).toEqual(['seg-bad', 'seg-ok']);
    expect(toReader).toEqual([]);
  });

  it('does not flag an edit to a record that was already broken, nor the fix', async () => {
    const editor = pool.open(documentName, await tokenFor(ben));
    await acknowledged(editor);
    const toEditor = violationMessagesOf(editor);
    const flagsBefore = (await flagged()).length;

    const segment = objectsOf(editor.document).get('seg-bad');
    editor.document.transact(() => segment?.set('speaker', 'Ben'), LOCAL_ORIGIN);
    await acknowledged(editor);
    editor.document.transact(() => segment?.set('startMs', 12), LOCAL_ORIGIN);
    await acknowledged(editor);
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(toEditor).toEqual([]);
    expect(await flagged()).toHaveLength(flagsBefore);
    const served = testServer.server.collab.hocuspocus.documents.get(documentName);
    expect(served && readLayer(served).segments.find((s) => s.id === 'seg-bad')?.startMs).toBe(12);
  });
});
