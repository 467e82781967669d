import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Violation } from '../../../shared/doc/readLayer.ts';
import type { AuditStore, ClientIdConflict, FlaggedUpdate } from '../AuditStore.ts';
import { migrateTables } from '../openDatabase.ts';
import { documentTableMigrations } from './documentTableMigrations.ts';

/** Bindings never change once made, so a bounded cache spares a query on every update. */
const MAX_CACHED_BINDINGS = 100_000;

function bindingKey(documentName: string, clientId: number): string {
  return `${documentName}\u0000${clientId}`;
}

/** AuditStore on the embedded SQLite database, in the same area as the update log. */
export class SqliteAuditStore implements AuditStore {
  private readonly database: DatabaseSync;
  private readonly owners = new Map<string, string>();
  private readonly selectOwner: StatementSync;
  private readonly insertBinding: StatementSync;
  private readonly insertFlag: StatementSync;
  private readonly selectFlags: StatementSync;
  private readonly storeWaitingLog: () => void;

  /** `storeWaitingLog` puts journalled log entries into the database, for a flag to refer to. */
  constructor(database: DatabaseSync, storeWaitingLog: () => void = () => {}) {
    this.database = database;
    this.storeWaitingLog = storeWaitingLog;
    migrateTables(database, 'documents', documentTableMigrations);
    this.selectOwner = database.prepare(
      'SELECT user_id FROM client_id_bindings WHERE document_name = ? AND client_id = ?',
    );
    this.insertBinding = database.prepare(
      'INSERT OR IGNORE INTO client_id_bindings (document_name, client_id, user_id, bound_at_ms) VALUES (?, ?, ?, ?)',
    );
    this.insertFlag = database.prepare(
      `INSERT INTO document_update_violations (seq, document_name, violations, flagged_at_ms) VALUES (?, ?, ?, ?)
       ON CONFLICT (seq) DO UPDATE SET violations = excluded.violations, flagged_at_ms = excluded.flagged_at_ms`,
    );
    this.selectFlags = database.prepare(
      'SELECT * FROM document_update_violations WHERE document_name = ? AND seq > ? ORDER BY seq LIMIT ?',
    );
  }

  async claimClientIds(
    documentName: string,
    clientIds: readonly number[],
    userId: string,
  ): Promise<ClientIdConflict[]> {
    const conflicts: ClientIdConflict[] = [];
    const unbound: number[] = [];
    for (const clientId of clientIds) {
      const ownerId = this.readOwner(documentName, clientId);
      if (ownerId === null) unbound.push(clientId);
      else if (ownerId !== userId) conflicts.push({ clientId, ownerId });
    }
    if (conflicts.length > 0 || unbound.length === 0) return conflicts;
    return this.bindUnbound(documentName, unbound, userId);
  }

  async ownerOfClientId(documentName: string, clientId: number): Promise<string | null> {
    return this.readOwner(documentName, clientId);
  }

  async flagUpdate(
    documentName: string,
    seq: number,
    violations: readonly Violation[],
  ): Promise<void> {
    this.storeWaitingLog();
    this.insertFlag.run(seq, documentName, JSON.stringify(violations), Date.now());
  }

  async readFlaggedUpdates(
    documentName: string,
    options: { afterSeq?: number; limit?: number } = {},
  ): Promise<FlaggedUpdate[]> {
    return this.selectFlags
      .all(documentName, options.afterSeq ?? 0, options.limit ?? -1)
      .map((row) => ({
        seq: Number(row.seq),
        documentName: String(row.document_name),
        violations: JSON.parse(String(row.violations)) as Violation[],
        flaggedAtMs: Number(row.flagged_at_ms),
      }));
  }

  /**
   * Binds the ids in one transaction and reads back who owns each: another process may have
   * bound one since it was read. If any went to someone else, nothing is bound.
   */
  private bindUnbound(
    documentName: string,
    clientIds: readonly number[],
    userId: string,
  ): ClientIdConflict[] {
    const nowMs = Date.now();
    this.database.exec('BEGIN IMMEDIATE');
    try {
      for (const clientId of clientIds) {
        this.insertBinding.run(documentName, clientId, userId, nowMs);
      }
      const owners = clientIds.map((clientId) => ({
        clientId,
        ownerId: String(this.selectOwner.get(documentName, clientId)?.user_id),
      }));
      const conflicts = owners.filter(({ ownerId }) => ownerId !== userId);
      this.database.exec(conflicts.length > 0 ? 'ROLLBACK' : 'COMMIT');
      for (const { clientId, ownerId } of conflicts.length > 0 ? conflicts : owners) {
        this.remember(documentName, clientId, ownerId);
      }
      return conflicts;
    } catch (error) {
      if (this.database.isTransaction) this.database.exec('ROLLBACK');
      throw error;
    }
  }

  private readOwner(documentName: string, clientId: number): string | null {
    const cached = this.owners.get(bindingKey(documentName, clientId));
    if (cached !== undefined) return cached;
    const row = this.selectOwner.get(documentName, clientId);
    if (!row) return null;
    const ownerId = String(row.user_id);
    this.remember(documentName, clientId, ownerId);
    return ownerId;
  }

  private remember(documentName: string, clientId: number, ownerId: string): void {
    if (this.owners.size >= MAX_CACHED_BINDINGS) {
      const oldest = this.owners.keys().next();
      if (!oldest.done) this.owners.delete(oldest.value);
    }
    this.owners.set(bindingKey(documentName, clientId), ownerId);
  }
}
