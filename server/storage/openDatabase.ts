import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** One numbered step of the SQLite table layout. */
export interface TableMigration {
  version: number;
  name: string;
  sql: string;
}

/** Where the embedded database lives inside DATA_DIR. */
export function databasePathOf(dataDir: string): string {
  return path.join(dataDir, 'concord.sqlite');
}

/** Where a process that is the only writer of the database journals updates (SqliteDocumentStore). */
export function journalDirectoryOf(dataDir: string): string {
  return path.join(dataDir, 'journal');
}

/**
 * Opens (creating when needed) the embedded database in `dataDir`.
 * WAL hands every commit to the OS, so a killed process loses nothing committed;
 * `synchronous=FULL` is needed to survive power loss as well.
 */
export function openDatabase(dataDir: string, synchronous: 'normal' | 'full'): DatabaseSync {
  fs.mkdirSync(dataDir, { recursive: true });
  const database = new DatabaseSync(databasePathOf(dataDir));
  // Log rows are ~100 bytes and each append commits its pages: 1 KiB pages write 2.4× fewer bytes
  // than the 4 KiB default (bench/writeAmplification.ts). Takes effect only in a new database.
  database.exec('PRAGMA page_size = 1024');
  database.exec('PRAGMA journal_mode = WAL');
  database.exec(`PRAGMA synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  database.exec('PRAGMA foreign_keys = ON');
  database.exec('PRAGMA busy_timeout = 5000');
  database.exec(
    'CREATE TABLE IF NOT EXISTS table_migrations (area TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (area, version))',
  );
  return database;
}

/** Applies an area's table migrations that have not run yet, each in its own transaction. */
export function migrateTables(
  database: DatabaseSync,
  area: string,
  migrations: readonly TableMigration[],
): void {
  const applied = new Set(
    database
      .prepare('SELECT version FROM table_migrations WHERE area = ?')
      .all(area)
      .map((row) => Number(row.version)),
  );
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    database.exec('BEGIN');
    try {
      database.exec(migration.sql);
      database
        .prepare('INSERT INTO table_migrations (area, version, name) VALUES (?, ?, ?)')
        .run(area, migration.version, migration.name);
      database.exec('COMMIT');
    } catch (error) {
      database.exec('ROLLBACK');
      throw error;
    }
  }
}
