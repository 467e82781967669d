import type { DatabaseSync } from 'node:sqlite';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { AuditStore } from './AuditStore.ts';
import type { CheckpointPolicy } from './CheckpointPolicy.ts';
import type { DocumentStore } from './DocumentStore.ts';
import type { MetaStore } from './MetaStore.ts';
import type { JournalPolicy } from './sqlite/JournalledLog.ts';
import { openPostgresStores } from './postgres/openPostgresStores.ts';
import { openSqliteStores } from './sqlite/openSqliteStores.ts';

/** What opening the stores takes besides where they are. */
export interface StoreOptions {
  logger: Pick<Logger, 'error' | 'warn' | 'info'>;
  checkpoints?: Partial<CheckpointPolicy>;
  /** When SQLite takes journalled updates (see JournalledLog). */
  journal?: Partial<JournalPolicy>;
  /**
   * Other processes write the same database (REDIS_URL): SQLite then commits each update on its
   * own instead of journalling it, since a journal's seqs are only unique to one writer.
   */
  sharedWithOtherProcesses?: boolean;
}

/** Every store of one database, and how to close that database once the stores are done. */
export interface OpenedStores {
  metaStore: MetaStore;
  documentStore: DocumentStore;
  auditStore: AuditStore;
  /** The embedded database when the stores are on SQLite; null on PostgreSQL. */
  database: DatabaseSync | null;
  close(): Promise<void>;
}

/** PostgreSQL when DATABASE_URL is set, otherwise SQLite in DATA_DIR. */
export function openStores(
  config: Pick<Config, 'dataDir' | 'sqliteSynchronous' | 'databaseUrl' | 'redisUrl'>,
  options: StoreOptions,
): Promise<OpenedStores> {
  return config.databaseUrl
    ? openPostgresStores(config.databaseUrl, options)
    : openSqliteStores(config.dataDir, config.sqliteSynchronous, {
        sharedWithOtherProcesses: Boolean(config.redisUrl),
        ...options,
      });
}
