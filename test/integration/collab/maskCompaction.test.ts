import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import {
  addMaskOperation,
  createMask,
  readMaskFrame,
  readMaskOperations,
} from '../../../shared/doc/writeMasks.ts';
import type { MaskOperation } from '../../../shared/mask/maskOperation.ts';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';
import { ClientPool } from './ClientPool.ts';
import { acknowledged, waitUntil } from './waitUntil.ts';

const HORIZON_MS = 60_000;
const MINIMUM = 8;

let testServer: TestServer;
let pool: ClientPool;
let ada: UserRow;
let ben: UserRow;

beforeAll(async () => {
  testServer = await startTestServer({
    maskCompaction: { undoHorizonMs: HORIZON_MS, minimumOperations: MINIMUM, intervalMs: 100 },
  });
  pool = new ClientPool(testServer.collabUrl);
  await createProjectWithItem(testServer.metaStore, 'street', 'clip-1');
  ada = await createMember(testServer.metaStore, 'street', 'ada', 'annotator');
  ben = await createMember(testServer.metaStore, 'street', 'ben', 'annotator');
});

afterAll(async () => {
  pool.destroyAll();
  await testServer.close();
});

function stroke(by: string, atMs: number, y: number): MaskOperation {
  return { kind: 'stroke', mode: 'paint', frame: 2, by, atMs, radius: 8, points: [0, y, 200, y] };
}

function pixelsOf(doc: Y.Doc): Uint8Array {
  const read = readMaskFrame(doc, 'm1', 2);
  if (!read.ok) throw new Error(read.error);
  return read.value.mask.pixels;
}

describe('server-side mask compaction', () => {
  it('folds operations past the undo horizon into one region, keeps the newer ones, and every client sees the same pixels', async () => {
    const name = itemDocumentName('street', 'clip-1', 'main');
    const adaDoc = pool.open(name, await tokenFor(ada));
    const benDoc = pool.open(name, await tokenFor(ben));
    await acknowledged(adaDoc);
    await acknowledged(benDoc);
    const old = Date.now() - 10 * HORIZON_MS;
    createMask(
      adaDoc.document,
      { id: 'm1', labelId: null, width: 64, height: 48 },
      { userId: ada.id, nowMs: old },
      LOCAL_ORIGIN,
    );
    await acknowledged(adaDoc);
    await waitUntil(() => benDoc.document.getMap('objects').has('m1'), 'ben has the mask');
    for (let index = 0; index < 10; index += 1) {
      const [who, doc] = index % 2 === 0 ? [ada, adaDoc] : [ben, benDoc];
      addMaskOperation(doc.document, 'm1', stroke(who.id, old + index, index * 16), LOCAL_ORIGIN);
    }
    await acknowledged(adaDoc);
    await acknowledged(benDoc);
    await waitUntil(
      () => pixelsOf(adaDoc.document).join() === pixelsOf(benDoc.document).join(),
      'both clients have the old strokes',
    );
    // Two recent strokes stay as they are: they are still within everyone's undo.
    addMaskOperation(adaDoc.document, 'm1', stroke(ada.id, Date.now(), 100), LOCAL_ORIGIN);
    addMaskOperation(benDoc.document, 'm1', stroke(ben.id, Date.now(), 120), LOCAL_ORIGIN);
    await acknowledged(adaDoc);
    await acknowledged(benDoc);
    await waitUntil(
      () => pixelsOf(adaDoc.document).join() === pixelsOf(benDoc.document).join(),
      'both clients have every stroke',
    );
    const before = pixelsOf(adaDoc.document);

    await waitUntil(
      () => {
        const operations = readMaskOperations(adaDoc.document, 'm1');
        return operations.ok && operations.value.length === 3;
      },
      'the server folded the old strokes',
      10_000,
    );
    await waitUntil(() => {
      const seen = readMaskOperations(benDoc.document, 'm1');
      return seen.ok && seen.value.length === 3;
    }, 'ben sees the folded list');
    const kinds = readMaskOperations(benDoc.document, 'm1');
    expect(kinds.ok && kinds.value.map((operation) => operation.kind)).toEqual([
      'region',
      'stroke',
      'stroke',
    ]);
    expect(pixelsOf(adaDoc.document)).toEqual(before);
    expect(pixelsOf(benDoc.document)).toEqual(before);
    const stored = await testServer.server.documentStore.readLog(name);
    expect(stored.some((entry) => entry.userId === null)).toBe(true);
  });
});
