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
  {
    // Existing logs are bound in log order: the first entry carrying a client id introduced it.
    version: 2,
    name: 'BindClientIdsToUsers',
    sql: `
      CREATE TABLE client_id_bindings (
        document_name TEXT NOT NULL,
        client_id INTEGER NOT NULL,
        user_id TEXT NOT NULL,
        bound_at_ms INTEGER NOT NULL,
        PRIMARY KEY (document_name, client_id)
      ) WITHOUT ROWID;
      INSERT OR IGNORE INTO client_id_bindings (document_name, client_id, user_id, bound_at_ms)
        SELECT entry.document_name, client.value, entry.user_id, entry.received_at_ms
        FROM document_updates AS entry, json_each(entry.client_ids) AS client
        WHERE entry.user_id IS NOT NULL
        ORDER BY entry.seq;
    `,
  },
  {
    version: 3,
    name: 'FlagSchemaViolations',
    sql: `
      CREATE TABLE document_update_violations (
        seq INTEGER PRIMARY KEY REFERENCES document_updates (seq),
        document_name TEXT NOT NULL,
        violations TEXT NOT NULL,
        flagged_at_ms INTEGER NOT NULL
      );
      CREATE INDEX document_update_violations_by_document
        ON document_update_violations (document_name, seq);
    `,
  },
];
