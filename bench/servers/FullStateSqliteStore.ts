// The stock way to persist a Hocuspocus document, as @hocuspocus/extension-database does it:
// every store writes the whole document state (Y.encodeStateAsUpdate) over its row. Here the row
// is in SQLite with the same journal settings as Concord (WAL, synchronous=NORMAL), so the two
// differ only in what they write.
import type { Extension, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import { DatabaseSync } from 'node:sqlite';
import type { StatementSync } from 'node:sqlite';
import * as Y from 'yjs';

export class FullStateSqliteStore implements Extension {
  readonly extensionName = 'bench-full-state-sqlite';
  private readonly database: DatabaseSync;
  private readonly selectState: StatementSync;
  private readonly upsertState: StatementSync;

  constructor(databasePath: string) {
    this.database = new DatabaseSync(databasePath);
    this.database.exec('PRAGMA journal_mode = WAL');
    this.database.exec('PRAGMA synchronous = NORMAL');
    this.database.exec(
      'CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL)',
    );
    this.selectState = this.database.prepare('SELECT data FROM documents WHERE name = ?');
    this.upsertState = this.database.prepare(
      'INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data',
    );
  }

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    const row = this.selectState.get(documentName);
    if (row?.data instanceof Uint8Array) Y.applyUpdate(document, row.data);
  }

  async onStoreDocument({ documentName, document }: onStoreDocumentPayload): Promise<void> {
    this.upsertState.run(documentName, Y.encodeStateAsUpdate(document));
  }

  close(): void {
    this.database.close();
  }
}
