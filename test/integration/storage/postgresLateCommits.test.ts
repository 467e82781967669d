import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { OpenedStores } from '../../../server/storage/openStores.ts';
import { openPostgresStores } from '../../../server/storage/postgres/openPostgresStores.ts';
import { contentOf, recordEdits } from './recordEdits.ts';
import type { TestPostgres } from './startPostgres.ts';
import { postgresSkipReason, startPostgres } from './startPostgres.ts';
import { appendAll, replayed } from './storageSuiteContext.ts';

const DOCUMENT = 'street/clip-1/main';
const skipReason = postgresSkipReason();
if (skipReason) console.warn(skipReason);

function mergedContent(updates: readonly Uint8Array[]) {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return contentOf(doc);
}

describe.skipIf(skipReason !== null)('a PostgreSQL append that commits late', () => {
  let cluster: TestPostgres | undefined;
  let stores: OpenedStores | undefined;
  let otherProcess: pg.Client | undefined;

  beforeAll(async () => {
    cluster = await startPostgres();
    const url = await cluster.createDatabase('late_commits');
    stores = await openPostgresStores(url, { logger: pino({ level: 'silent' }) });
    otherProcess = new pg.Client({ connectionString: url });
    await otherProcess.connect();
  });

  afterAll(async () => {
    await otherProcess?.end();
    stores?.documentStore.close();
    await stores?.close();
    await cluster?.stop();
  });

  it('stays in the tail of a checkpoint that read past its seq before it committed', async () => {
    const { documentStore } = stores as OpenedStores;
    const other = otherProcess as pg.Client;
    const late = recordEdits(1, 1, 'late').updates[0] as Uint8Array;
    const { updates } = recordEdits(20);
    // Another process takes its seq first but commits only after the checkpoint below is built.
    await other.query('BEGIN');
    const inserted = await other.query(
      `INSERT INTO document_updates (document_name, update_bytes, user_id, connection_id, client_ids, received_at_ms)
       VALUES ($1, $2, 'u-late', 'socket-late', '{}', 0) RETURNING seq`,
      [DOCUMENT, late],
    );
    const lateSeq = Number((inserted.rows[0] as { seq: string }).seq);
    const seqs = await appendAll(documentStore, DOCUMENT, updates);
    const outcome = await documentStore.checkpoint(DOCUMENT);
    await other.query('COMMIT');

    expect(outcome).toMatchObject({ written: true, throughSeq: seqs.at(-1) });
    expect(lateSeq).toBeLessThan(seqs[0] as number);
    const stored = await documentStore.load(DOCUMENT);
    expect(stored.tail.map((entry) => entry.seq)).toEqual([lateSeq]);
    expect((await replayed(documentStore, DOCUMENT)).content).toEqual(
      mergedContent([late, ...updates]),
    );

    expect((await documentStore.checkpoint(DOCUMENT)).written).toBe(true);
    expect((await documentStore.load(DOCUMENT)).tail).toEqual([]);
    expect((await replayed(documentStore, DOCUMENT)).content).toEqual(
      mergedContent([late, ...updates]),
    );
  });
});
