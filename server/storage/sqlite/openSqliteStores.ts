import type { OpenedStores, StoreOptions } from '../openStores.ts';
import { databasePathOf, journalDirectoryOf, openDatabase } from '../openDatabase.ts';
import { SqliteAuditStore } from './SqliteAuditStore.ts';
import { SqliteDocumentStore } from './SqliteDocumentStore.ts';
import { SqliteMetaStore } from './SqliteMetaStore.ts';
import { WalCheckpointer } from './WalCheckpointer.ts';

/**
 * Every store on the embedded database in `dataDir`, with WAL checkpoints on their own thread.
 * Unless other processes share the database, updates are journalled and stored in batches.
 */
export async function openSqliteStores(
  dataDir: string,
  synchronous: 'normal' | 'full',
  options: StoreOptions,
): Promise<OpenedStores> {
  const database = openDatabase(dataDir, synchronous);
  const walCheckpointer = new WalCheckpointer(database, databasePathOf(dataDir), options.logger);
  const close = async () => {
    await walCheckpointer.stop();
    database.close();
  };
  try {
    const metaStore = new SqliteMetaStore(database);
    const journal = options.sharedWithOtherProcesses
      ? null
      : { syncEachAppend: synchronous === 'full', policy: options.journal };
    const documentStore = new SqliteDocumentStore(database, {
      ...options,
      journalDirectory: journalDirectoryOf(dataDir),
      journal,
    });
    const auditStore = new SqliteAuditStore(database, () => documentStore.moveJournalToDatabase());
    return { metaStore, documentStore, auditStore, database, close };
  } catch (error) {
    await close();
    throw error;
  }
}
