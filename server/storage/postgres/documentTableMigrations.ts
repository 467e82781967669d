import type { TableMigration } from '../openDatabase.ts';

/**
 * Table layout of the document update log and its checkpoints. Several processes append at
 * once, so an entry can commit after a checkpoint read past its `seq`: each entry keeps the
 * transaction that wrote it (`writer_xid`), and each checkpoint the oldest transaction its read
 * could not see (`unseen_from_xid`), so loading finds every entry the checkpoint missed.
 */
export const documentTableMigrations: readonly TableMigration[] = [
  {
    version: 1,
    name: 'CreateDocumentTables',
    sql: `
      CREATE TABLE document_updates (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        document_name TEXT NOT NULL,
        update_bytes BYTEA NOT NULL,
        user_id TEXT,
        connection_id TEXT,
        client_ids BIGINT[] NOT NULL,
        received_at_ms BIGINT NOT NULL,
        writer_xid XID8 NOT NULL DEFAULT pg_current_xact_id()
      );
      CREATE INDEX document_updates_by_document ON document_updates (document_name, seq);
      CREATE INDEX document_updates_by_writer ON document_updates (document_name, writer_xid);
      CREATE TABLE document_checkpoints (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        document_name TEXT NOT NULL,
        state BYTEA NOT NULL,
        state_vector BYTEA NOT NULL,
        snapshot BYTEA NOT NULL,
        through_seq BIGINT NOT NULL,
        unseen_from_xid XID8 NOT NULL,
        created_at_ms BIGINT NOT NULL
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
        client_id BIGINT NOT NULL,
        user_id TEXT NOT NULL,
        bound_at_ms BIGINT NOT NULL,
        PRIMARY KEY (document_name, client_id)
      );
      INSERT INTO client_id_bindings (document_name, client_id, user_id, bound_at_ms)
        SELECT DISTINCT ON (entry.document_name, client.id)
               entry.document_name, client.id, entry.user_id, entry.received_at_ms
        FROM document_updates AS entry CROSS JOIN LATERAL unnest(entry.client_ids) AS client (id)
        WHERE entry.user_id IS NOT NULL
        ORDER BY entry.document_name, client.id, entry.seq;
    `,
  },
  {
    version: 3,
    name: 'FlagSchemaViolations',
    sql: `
      CREATE TABLE document_update_violations (
        seq BIGINT PRIMARY KEY REFERENCES document_updates (seq),
        document_name TEXT NOT NULL,
        violations JSONB NOT NULL,
        flagged_at_ms BIGINT NOT NULL
      );
      CREATE INDEX document_update_violations_by_document
        ON document_update_violations (document_name, seq);
    `,
  },
];
