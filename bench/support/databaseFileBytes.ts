import fs from 'node:fs/promises';

/** Size of a SQLite database file plus its WAL beside it (a missing WAL counts 0). */
export async function databaseFileBytes(databasePath: string): Promise<number> {
  const sizeOf = (file: string) =>
    fs.stat(file).then(
      (stats) => stats.size,
      () => 0,
    );
  return (await sizeOf(databasePath)) + (await sizeOf(`${databasePath}-wal`));
}
