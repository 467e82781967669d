import type { Logger } from 'pino';
import type { OpenedStores, StoreOptions } from '../openStores.ts';
import { connectPostgresPool } from './connectPostgresPool.ts';
import { PostgresAuditStore } from './PostgresAuditStore.ts';
import { PostgresDocumentStore } from './PostgresDocumentStore.ts';
import { PostgresMetaStore } from './PostgresMetaStore.ts';
import { redactDatabaseUrl } from './redactDatabaseUrl.ts';

/** Every store on the PostgreSQL database at `databaseUrl`, sharing one connection pool. */
export async function openPostgresStores(
  databaseUrl: string,
  options: StoreOptions & { logger: Pick<Logger, 'error' | 'warn'> },
): Promise<OpenedStores> {
  const pool = await connectPostgresPool(databaseUrl, options.logger);
  try {
    const metaStore = await PostgresMetaStore.open(pool);
    const documentStore = await PostgresDocumentStore.open(pool, options);
    const auditStore = await PostgresAuditStore.open(pool);
    let closing: Promise<void> | null = null;
    const close = () => (closing ??= pool.end());
    return { metaStore, documentStore, auditStore, database: null, close };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(
      `preparing Concord's tables in PostgreSQL at ${redactDatabaseUrl(databaseUrl)} failed (${(error as Error).message}); the DATABASE_URL user must be allowed to create tables in that database`,
      { cause: error },
    );
  }
}
