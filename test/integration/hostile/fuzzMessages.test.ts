import type { HocuspocusProvider } from '@hocuspocus/provider';
import * as encoding from 'lib0/encoding';
import * as prng from 'lib0/prng';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { replayStoredDocument } from '../../../server/storage/replayStoredDocument.ts';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import { ClientPool } from '../collab/ClientPool.ts';
import { acknowledged, waitUntil } from '../collab/waitUntil.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';
import { FuzzSocket, isAuthFrame, readFrameHeader } from './FuzzSocket.ts';
import { mutateMessage } from './mutateMessage.ts';
import { recordProviderMessages } from './recordProviderMessages.ts';

// Fixed, so a failure replays exactly; FUZZ_SEED and FUZZ_MESSAGES explore further by hand.
const SEED = Number(process.env.FUZZ_SEED ?? 20_240_611);
const MESSAGES = Number(process.env.FUZZ_MESSAGES ?? 1_500);
const MESSAGES_PER_ROUND = 30;

let testServer: TestServer;
let pool: ClientPool;
let ada: UserRow;
let ben: UserRow;
let mallory: UserRow;
const attacked = itemDocumentName('street', 'clip-1', 'main');
const bystander = itemDocumentName('street', 'clip-2', 'main');

beforeAll(async () => {
  // Hocuspocus reports every refused message on the console; thousands of them are expected here.
  for (const method of ['error', 'warn', 'log'] as const) {
    vi.spyOn(console, method).mockImplementation(() => undefined);
  }
  testServer = await startTestServer({ logger: pino({ level: 'silent' }) });
  pool = new ClientPool(testServer.collabUrl);
  for (const itemId of ['clip-1', 'clip-2']) {
    await createProjectWithItem(testServer.metaStore, 'street', itemId);
  }
  ada = await createMember(testServer.metaStore, 'street', 'ada', 'annotator');
  ben = await createMember(testServer.metaStore, 'street', 'ben', 'annotator');
  mallory = await createMember(testServer.metaStore, 'street', 'mallory', 'annotator');
});

afterAll(async () => {
  pool.destroyAll();
  await testServer.close();
  vi.restoreAllMocks();
});

/** One user edits, another watches; both honest. */
interface HonestPair {
  writer: HocuspocusProvider;
  reader: HocuspocusProvider;
}

async function honestPair(documentName: string): Promise<HonestPair> {
  const writer = pool.open(documentName, await tokenFor(ada));
  const reader = pool.open(documentName, await tokenFor(ben));
  await Promise.all([acknowledged(writer), acknowledged(reader)]);
  return { writer, reader };
}

function addressBytes(documentName: string): number {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  return encoding.length(encoder);
}

describe('a client sending random and mutated messages', () => {
  it('is closed while the server stays up and honest clients keep syncing', async () => {
    const captured = await recordProviderMessages(
      testServer.collabUrl,
      attacked,
      await tokenFor(mallory),
      mallory.id,
    );
    const authFrame = captured.find(isAuthFrame);
    if (!authFrame) throw new Error('the recorded provider sent no token');
    const pairs = [await honestPair(attacked), await honestPair(bystander)];
    // Frames still addressed to the document go where they reach it; the rest (which make
    // Hocuspocus reset the whole socket) go on a socket of their own.
    const documentFuzz = new FuzzSocket(testServer.collabUrl, authFrame, attacked);
    const socketFuzz = new FuzzSocket(testServer.collabUrl, authFrame, attacked);
    const generator = prng.create(SEED);
    const prefixBytes = addressBytes(attacked);

    let round = 0;
    for (let sent = 0; sent < MESSAGES; sent += MESSAGES_PER_ROUND) {
      for (let index = 0; index < MESSAGES_PER_ROUND; index += 1) {
        const frame = mutateMessage(generator, captured, prefixBytes);
        const fuzz = readFrameHeader(frame)?.address === attacked ? documentFuzz : socketFuzz;
        await fuzz.send(frame);
      }
      round += 1;
      const key = `edit-${round}`;
      for (const pair of pairs) pair.writer.document.getMap('honest').set(key, round);
      await Promise.all(
        pairs.map((pair) =>
          waitUntil(
            () => pair.reader.document.getMap('honest').get(key) === round,
            `${key} reaches the honest reader of ${pair.reader.configuration.name}`,
            5_000,
          ),
        ),
      );
    }
    documentFuzz.close();
    socketFuzz.close();

    expect(documentFuzz.documentCloses).toBeGreaterThan(0);
    expect(socketFuzz.socketCloses).toBeGreaterThan(0);

    for (const pair of pairs) await acknowledged(pair.writer);
    for (const documentName of [attacked, bystander]) {
      const newcomer = pool.open(documentName, await tokenFor(ben));
      await acknowledged(newcomer);
      expect(newcomer.document.getMap('honest').size).toBe(round);
      expect(() => readLayer(newcomer.document)).not.toThrow();
      const stored = new Y.Doc();
      const report = await replayStoredDocument(
        testServer.server.documentStore,
        documentName,
        stored,
        pino({ level: 'silent' }),
      );
      expect(stored.getMap('honest').size).toBe(round);
      expect(report.skippedEntries).toEqual([]);
    }
  });
});
