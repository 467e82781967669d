import type pg from 'pg';
import type { Violation } from '../../../shared/doc/readLayer.ts';
import type { AuditStore, ClientIdConflict, FlaggedUpdate } from '../AuditStore.ts';
import type { Queryable } from './documentRowsFromPostgres.ts';
import { documentTableMigrations } from './documentTableMigrations.ts';
import { migratePostgresTables } from './migratePostgresTables.ts';
import { withPostgresTransaction } from './withPostgresTransaction.ts';

/** Bindings never change once made, so a bounded cache spares a query on every update. */
const MAX_CACHED_BINDINGS = 100_000;

function bindingKey(documentName: string, clientId: number): string {
  return `${documentName}\u0000${clientId}`;
}

/**
 * AuditStore on PostgreSQL, in the same area as the update log. Processes binding client ids
 * of one document take turns on an advisory lock, so a client id never gets two owners.
 */
export class PostgresAuditStore implements AuditStore {
  private readonly pool: pg.Pool;
  private readonly owners = new Map<string, string>();

  /** Prepares the tables (once per database) and returns the store. */
  static async open(pool: pg.Pool): Promise<PostgresAuditStore> {
    await migratePostgresTables(pool, 'documents', documentTableMigrations);
    return new PostgresAuditStore(pool);
  }

  private constructor(pool: pg.Pool) {
    this.pool = pool;
  }

  async claimClientIds(
    documentName: string,
    clientIds: readonly number[],
    userId: string,
  ): Promise<ClientIdConflict[]> {
    const cached = clientIds.map((clientId) => this.owners.get(bindingKey(documentName, clientId)));
    if (cached.every((ownerId) => ownerId === userId)) return [];
    const conflicts = await withPostgresTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `client-id-bindings:${documentName}`,
      ]);
      const owners = await this.queryOwners(client, documentName, clientIds);
      const found = clientIds.flatMap((clientId) => {
        const ownerId = owners.get(clientId);
        return ownerId !== undefined && ownerId !== userId ? [{ clientId, ownerId }] : [];
      });
      const unbound = clientIds.filter((clientId) => !owners.has(clientId));
      if (found.length === 0 && unbound.length > 0) {
        await client.query(
          `INSERT INTO client_id_bindings (document_name, client_id, user_id, bound_at_ms)
           SELECT $1, client_id, $3, $4 FROM unnest($2::bigint[]) AS client_id`,
          [documentName, unbound, userId, Date.now()],
        );
      }
      return found;
    });
    if (conflicts.length === 0) {
      for (const clientId of clientIds) this.remember(documentName, clientId, userId);
    }
    return conflicts;
  }

  async ownerOfClientId(documentName: string, clientId: number): Promise<string | null> {
    const cached = this.owners.get(bindingKey(documentName, clientId));
    if (cached !== undefined) return cached;
    return (await this.queryOwners(this.pool, documentName, [clientId])).get(clientId) ?? null;
  }

  async flagUpdate(
    documentName: string,
    seq: number,
    violations: readonly Violation[],
  ): Promise<void> {
    await this.pool.query(
      `INSERT INTO document_update_violations (seq, document_name, violations, flagged_at_ms) VALUES ($1, $2, $3::jsonb, $4)
       ON CONFLICT (seq) DO UPDATE SET violations = excluded.violations, flagged_at_ms = excluded.flagged_at_ms`,
      [seq, documentName, JSON.stringify(violations), Date.now()],
    );
  }

  async readFlaggedUpdates(
    documentName: string,
    options: { afterSeq?: number; limit?: number } = {},
  ): Promise<FlaggedUpdate[]> {
    const { rows } = await this.pool.query(
      'SELECT * FROM document_update_violations WHERE document_name = $1 AND seq > $2 ORDER BY seq LIMIT $3',
      [documentName, options.afterSeq ?? 0, options.limit ?? null],
    );
    return rows.map((row: Record<string, unknown>) => ({
      seq: Number(row.seq),
      documentName: String(row.document_name),
      violations: row.violations as Violation[],
      flaggedAtMs: Number(row.flagged_at_ms),
    }));
  }

  private async queryOwners(
    database: Queryable,
    documentName: string,
    clientIds: readonly number[],
  ): Promise<Map<number, string>> {
    const { rows } = await database.query(
      'SELECT client_id, user_id FROM client_id_bindings WHERE document_name = $1 AND client_id = ANY ($2::bigint[])',
      [documentName, clientIds],
    );
    const owners = new Map<number, string>();
    for (const row of rows as Array<{ client_id: string; user_id: string }>) {
      owners.set(Number(row.client_id), row.user_id);
      this.remember(documentName, Number(row.client_id), row.user_id);
    }
    return owners;
  }

  private remember(documentName: string, clientId: number, ownerId: string): void {
    if (this.owners.size >= MAX_CACHED_BINDINGS) {
      const oldest = this.owners.keys().next();
      if (!oldest.done) this.owners.delete(oldest.value);
    }
    this.owners.set(bindingKey(documentName, clientId), ownerId);
  }
}
