import pg from 'pg';
import type { Logger } from 'pino';
import { redactDatabaseUrl } from './redactDatabaseUrl.ts';

const CONNECT_TIMEOUT_MS = 5_000;

/** node-postgres reports a refused connection to several addresses as an AggregateError with no message. */
function describeConnectionError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return error.errors.map(describeConnectionError).join('; ');
  }
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  return error.message || code || error.name;
}

/**
 * A connection pool to DATABASE_URL that has been shown to work: a process that cannot reach
 * its database refuses to start rather than fail on the first edit.
 */
export async function connectPostgresPool(
  databaseUrl: string,
  logger: Pick<Logger, 'warn'>,
): Promise<pg.Pool> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'concord',
  });
  // An idle connection the server drops must not crash the process; the pool replaces it.
  pool.on('error', (error) =>
    logger.warn({ err: error }, 'an idle PostgreSQL connection failed; it will be replaced'),
  );
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(
      `cannot reach PostgreSQL at ${redactDatabaseUrl(databaseUrl)} (${describeConnectionError(error)}); start it or fix DATABASE_URL, or unset DATABASE_URL to use SQLite in DATA_DIR`,
      { cause: error },
    );
  }
  return pool;
}
