import type { TableMigration } from '../openDatabase.ts';

/**
 * Table layout of the document update log and its checkpoints. `seq` is the rowid without
 * AUTOINCREMENT: the log is never deleted, so max + 1 only grows, and AUTOINCREMENT would
 * rewrite sqlite_sequence (one more page to the WAL) on every append.
 */
export const documentTableMigrations: readonly TableMigration[] = [
  {
    version: 1,
    name: 'CreateDocumentTables',
    sql: `
      CREATE TABLE document_updates (
        seq INTEGER PRIMARY KEY,
        document_name TEXT NOT NULL,
        update_bytes BLOB NOT NULL,
        user_id TEXT,
        connection_id TEXT,
        client_ids TEXT NOT NULL,
        received_at_ms INTEGER NOT NULL
      );
      CREATE INDEX document_updates_by_document ON document_updates (document_name, seq);
      CREATE TABLE document_checkpoints (
        id INTEGER PRIMARY KEY,
        document_name TEXT NOT NULL,
        state BLOB NOT NULL,
        state_vector BLOB NOT NULL,
        snapshot BLOB NOT NULL,
        through_seq INTEGER NOT NULL,
        created_at_ms INTEGER NOT NULL
      );
      CREATE INDEX document_checkpoints_by_document ON document_checkpoints (document_name, id);
    `,
  },
];
