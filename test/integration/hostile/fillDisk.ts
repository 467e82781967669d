import type { DatabaseSync } from 'node:sqlite';

/** SQLite's largest page count: no cap in practice. */
const NO_CAP_PAGES = 1_073_741_823;

/**
 * Makes the database behave like a full disk: any write that needs a page beyond the current
 * size (plus `sparePages`) fails with SQLITE_FULL. Returns what frees the disk again.
 */
export function fillDisk(database: DatabaseSync | null, sparePages = 0): () => void {
  if (!database) throw new Error('fillDisk needs the embedded SQLite database, not PostgreSQL');
  const { page_count: pageCount } = database.prepare('PRAGMA page_count').get() as {
    page_count: number;
  };
  database.exec(`PRAGMA max_page_count = ${pageCount + sparePages}`);
  return () => database.exec(`PRAGMA max_page_count = ${NO_CAP_PAGES}`);
}
