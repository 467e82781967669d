import type pg from 'pg';

/** How a transaction starts: `BEGIN` plus any isolation or access mode. */
export type BeginStatement =
  | 'BEGIN'
  | 'BEGIN ISOLATION LEVEL REPEATABLE READ'
  | 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';

/**
 * Runs `work` on one pooled connection inside BEGIN/COMMIT, rolling back when it throws.
 * A connection whose rollback fails is destroyed rather than returned to the pool mid-transaction.
 */
export async function withPostgresTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
  begin: BeginStatement = 'BEGIN',
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: unknown) => {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
