import type pg from 'pg';
import type { TableMigration } from '../openDatabase.ts';
import { withPostgresTransaction } from './withPostgresTransaction.ts';

/** Advisory lock every Concord process holds while it changes the table layout ("conc"). */
const MIGRATION_LOCK_KEY = 0x636f6e63;

/**
 * Applies an area's table migrations that have not run yet, all in one transaction. Processes
 * starting together take turns on an advisory lock, so each migration runs exactly once.
 */
export async function migratePostgresTables(
  pool: pg.Pool,
  area: string,
  migrations: readonly TableMigration[],
): Promise<void> {
  await withPostgresTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS table_migrations (area TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (area, version))',
    );
    const { rows } = await client.query<{ version: number }>(
      'SELECT version FROM table_migrations WHERE area = $1',
      [area],
    );
    const applied = new Set(rows.map((row) => row.version));
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO table_migrations (area, version, name) VALUES ($1, $2, $3)', [
        area,
        migration.version,
        migration.name,
      ]);
    }
  });
}
