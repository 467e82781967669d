import type pg from 'pg';
import type { UpdateOrigin } from '../DocumentStore.ts';

/** Statements in flight at once; appends arriving while it is busy wait and go together. */
const MAX_STATEMENTS_IN_FLIGHT = 1;
/** Most appends one statement carries; a larger backlog goes in several statements. */
const MAX_APPENDS_PER_STATEMENT = 256;
/** Most update bytes one statement carries (arrays of bytea travel as hex text). */
const MAX_BYTES_PER_STATEMENT = 8 * 1024 * 1024;

interface WaitingAppend {
  documentName: string;
  update: Uint8Array;
  origin: UpdateOrigin;
  resolve(seq: number): void;
  reject(error: unknown): void;
}

const INSERT_ONE = `INSERT INTO document_updates (document_name, update_bytes, user_id, connection_id, client_ids, received_at_ms)
  VALUES ($1, $2, $3, $4, $5, $6) RETURNING seq`;

// Identity values are drawn as unnest yields rows, so sorted seqs follow the arrays' order.
const INSERT_MANY = `INSERT INTO document_updates (document_name, update_bytes, user_id, connection_id, client_ids, received_at_ms)
  SELECT name, bytes, user_id, connection_id, client_ids::bigint[], received_at_ms
  FROM unnest($1::text[], $2::bytea[], $3::text[], $4::text[], $5::text[], $6::bigint[])
    AS appended (name, bytes, user_id, connection_id, client_ids, received_at_ms)
  RETURNING seq`;

function takeStatement(waiting: WaitingAppend[]): WaitingAppend[] {
  let bytes = 0;
  let count = 0;
  for (const append of waiting) {
    if (count === MAX_APPENDS_PER_STATEMENT) break;
    if (count > 0 && bytes + append.update.byteLength > MAX_BYTES_PER_STATEMENT) break;
    bytes += append.update.byteLength;
    count += 1;
  }
  return waiting.splice(0, count);
}

/**
 * Appends to the update log one statement at a time: an append that arrives while a statement
 * is in flight goes, with every other one waiting, in the next statement, so concurrent
 * connections share round trips, commits and CPU. An append that finds nothing in flight goes
 * at once. Each promise resolves once the statement carrying it has committed.
 */
export class PostgresAppendQueue {
  private readonly pool: pg.Pool;
  private waiting: WaitingAppend[] = [];
  private statementsInFlight = 0;

  constructor(pool: pg.Pool) {
    this.pool = pool;
  }

  append(documentName: string, update: Uint8Array, origin: UpdateOrigin): Promise<number> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ documentName, update, origin, resolve, reject });
      if (this.statementsInFlight < MAX_STATEMENTS_IN_FLIGHT) void this.sendWaiting();
    });
  }

  private async sendWaiting(): Promise<void> {
    this.statementsInFlight += 1;
    while (this.waiting.length > 0) {
      const statement = takeStatement(this.waiting);
      try {
        const seqs = await this.insert(statement);
        statement.forEach((append, index) => append.resolve(seqs[index] as number));
      } catch (error) {
        statement.forEach((append) => append.reject(error));
      }
    }
    this.statementsInFlight -= 1;
  }

  private async insert(statement: readonly WaitingAppend[]): Promise<number[]> {
    const [only] = statement;
    if (only && statement.length === 1) {
      const { origin } = only;
      const { rows } = await this.pool.query({
        name: 'concord-append-update',
        text: INSERT_ONE,
        values: [
          ...[only.documentName, only.update, origin.userId, origin.connectionId],
          ...[origin.clientIds, Math.floor(origin.receivedAtMs)],
        ],
      });
      return rows.map((row: { seq: string }) => Number(row.seq));
    }
    const { rows } = await this.pool.query({
      name: 'concord-append-updates',
      text: INSERT_MANY,
      values: [
        statement.map((append) => append.documentName),
        statement.map((append) => append.update),
        statement.map((append) => append.origin.userId),
        statement.map((append) => append.origin.connectionId),
        statement.map((append) => `{${append.origin.clientIds.join(',')}}`),
        statement.map((append) => Math.floor(append.origin.receivedAtMs)),
      ],
    });
    return rows.map((row: { seq: string }) => Number(row.seq)).sort((left, right) => left - right);
  }
}
