import pino from 'pino';
import { afterEach } from 'vitest';
import * as Y from 'yjs';
import type { CheckpointPolicy } from '../../../server/storage/CheckpointPolicy.ts';
import type { DocumentStore, UpdateOrigin } from '../../../server/storage/DocumentStore.ts';
import type { OpenedStores, StoreOptions } from '../../../server/storage/openStores.ts';
import { replayStoredDocument } from '../../../server/storage/replayStoredDocument.ts';
import type { DocumentContent } from './recordEdits.ts';
import { contentOf } from './recordEdits.ts';

/** Opens every store on the named database; the same name opens another instance on the same data. */
export type OpenStores = (databaseName: string, options: StoreOptions) => Promise<OpenedStores>;

/** Stores under test, and the name of the database they are on. */
export interface StoresUnderTest extends OpenedStores {
  databaseName: string;
}

/** What every conformance test gets: stores on a fresh database, closed after the test. */
export interface StorageSuiteContext {
  /**
   * Opens stores on a new database, or, with `sameDatabaseAs`, a second instance on that one, as
   * another process would; both must then be opened `sharedWithOtherProcesses`.
   */
  open(options?: {
    sameDatabaseAs?: StoresUnderTest;
    checkpoints?: Partial<CheckpointPolicy>;
    sharedWithOtherProcesses?: boolean;
  }): Promise<StoresUnderTest>;
}

const silentLogger = pino({ level: 'silent' });

/** Registers an afterEach that closes whatever the test opened. */
export function storageSuiteContext(openStores: OpenStores): StorageSuiteContext {
  let opened: StoresUnderTest[] = [];
  let databaseCount = 0;
  afterEach(async () => {
    const closing = opened;
    opened = [];
    for (const stores of closing) {
      await stores.documentStore.flushCheckpoints();
      stores.documentStore.close();
      await stores.close();
    }
  });
  return {
    async open(options = {}) {
      databaseCount += 1;
      const databaseName =
        options.sameDatabaseAs?.databaseName ?? `suite_${process.pid}_${databaseCount}`;
      const stores = await openStores(databaseName, {
        logger: silentLogger,
        checkpoints: options.checkpoints,
        sharedWithOtherProcesses:
          options.sharedWithOtherProcesses ?? Boolean(options.sameDatabaseAs),
      });
      const underTest = { ...stores, databaseName };
      opened.push(underTest);
      return underTest;
    },
  };
}

/** An origin for updates the tests append. */
export function originOf(userId: string | null, clientIds: number[] = []): UpdateOrigin {
  return {
    userId,
    connectionId: userId ? `socket-${userId}` : null,
    clientIds,
    receivedAtMs: 1000,
  };
}

/** Appends updates one after another, as one connection would. */
export async function appendAll(
  store: DocumentStore,
  documentName: string,
  updates: readonly Uint8Array[],
  userId = 'ada',
): Promise<number[]> {
  const seqs: number[] = [];
  for (const update of updates) {
    seqs.push(await store.appendUpdate(documentName, update, originOf(userId)));
  }
  return seqs;
}

/** What loading the stored document yields, as a server would load it, and what replay skipped. */
export async function replayed(
  store: Pick<DocumentStore, 'load'>,
  documentName: string,
): Promise<{ content: DocumentContent; stateVector: Uint8Array; skippedSeqs: number[] }> {
  const doc = new Y.Doc();
  try {
    const report = await replayStoredDocument(store, documentName, doc, silentLogger);
    return {
      content: contentOf(doc),
      stateVector: Y.encodeStateVector(doc),
      skippedSeqs: report.skippedEntries.map((entry) => entry.seq),
    };
  } finally {
    doc.destroy();
  }
}
