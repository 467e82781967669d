import type pg from 'pg';
import type { AssignmentMode } from '../../../shared/protocol/assignments.ts';
import type { Role } from '../../../shared/protocol/http.ts';
import type {
  AssignmentRow,
  CalibrationInviteRow,
  CalibrationSessionRow,
  HoneypotRow,
  ItemRow,
  MediaFrameRow,
  MediaRow,
  MembershipRow,
  MetaStore,
  ProjectRow,
  UserRow,
} from '../MetaStore.ts';
import { migratePostgresTables } from './migratePostgresTables.ts';
import { metaTableMigrations } from './metaTableMigrations.ts';
import { sessionChangeColumns } from '../sessionChangeColumns.ts';
import {
  assignmentFromRow,
  calibrationInviteFromRow,
  calibrationSessionFromRow,
  honeypotFromRow,
  itemFromRow,
  mediaFrameFromRow,
  mediaFromRow,
  roleFromColumn,
  userFromRow,
} from '../metaRowsFromDatabase.ts';
import { withPostgresTransaction } from './withPostgresTransaction.ts';

/** MetaStore on PostgreSQL. Names sort by code point (`COLLATE "C"`), as SQLite sorts them. */
export class PostgresMetaStore implements MetaStore {
  private readonly pool: pg.Pool;
  /** The connection of the transaction this store runs in; null outside a transaction. */
  private readonly client: pg.PoolClient | null;

  /** Prepares the tables (once per database) and returns the store. */
  static async open(pool: pg.Pool): Promise<PostgresMetaStore> {
    await migratePostgresTables(pool, 'meta', metaTableMigrations);
    return new PostgresMetaStore(pool, null);
  }

  private constructor(pool: pg.Pool, client: pg.PoolClient | null) {
    this.pool = pool;
    this.client = client;
  }

  async createUser(user: UserRow): Promise<void> {
    await this.query(
      'INSERT INTO users (id, username, name, colour, password_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [user.id, user.username, user.name, user.colour, user.passwordHash, Date.now()],
    );
  }

  async findUserByUsername(username: string): Promise<UserRow | undefined> {
    const rows = await this.query('SELECT * FROM users WHERE username = $1', [username]);
    return rows[0] ? userFromRow(rows[0]) : undefined;
  }

  async getUser(userId: string): Promise<UserRow | undefined> {
    const rows = await this.query('SELECT * FROM users WHERE id = $1', [userId]);
    return rows[0] ? userFromRow(rows[0]) : undefined;
  }

  async listUsers(): Promise<UserRow[]> {
    const rows = await this.query('SELECT * FROM users ORDER BY username COLLATE "C"');
    return rows.map(userFromRow);
  }

  async createProject(project: ProjectRow): Promise<void> {
    await this.query('INSERT INTO projects (id, name, created_at) VALUES ($1, $2, $3)', [
      project.id,
      project.name,
      Date.now(),
    ]);
  }

  async getProject(projectId: string): Promise<ProjectRow | undefined> {
    const rows = await this.query('SELECT id, name FROM projects WHERE id = $1', [projectId]);
    return rows[0] ? { id: String(rows[0].id), name: String(rows[0].name) } : undefined;
  }

  async listProjectsOf(userId: string): Promise<Array<ProjectRow & { role: Role }>> {
    const rows = await this.query(
      'SELECT p.id, p.name, m.role FROM projects p JOIN memberships m ON m.project_id = p.id WHERE m.user_id = $1 ORDER BY p.name COLLATE "C"',
      [userId],
    );
    return rows.flatMap((row) => {
      const role = roleFromColumn(row.role);
      return role ? [{ id: String(row.id), name: String(row.name), role }] : [];
    });
  }

  async setMembership(projectId: string, userId: string, role: Role): Promise<void> {
    await this.query(
      'INSERT INTO memberships (project_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (project_id, user_id) DO UPDATE SET role = excluded.role',
      [projectId, userId, role],
    );
  }

  async roleOf(projectId: string, userId: string): Promise<Role | null> {
    const rows = await this.query(
      'SELECT role FROM memberships WHERE project_id = $1 AND user_id = $2',
      [projectId, userId],
    );
    return rows[0] ? roleFromColumn(rows[0].role) : null;
  }

  async listMembers(projectId: string): Promise<MembershipRow[]> {
    const rows = await this.query('SELECT user_id, role FROM memberships WHERE project_id = $1', [
      projectId,
    ]);
    return rows.flatMap((row) => {
      const role = roleFromColumn(row.role);
      return role ? [{ userId: String(row.user_id), role }] : [];
    });
  }

  async createItem(item: ItemRow): Promise<void> {
    await this.query(
      'INSERT INTO items (project_id, id, name, media_id, created_at) VALUES ($1, $2, $3, $4, $5)',
      [item.projectId, item.id, item.name, item.mediaId, Date.now()],
    );
  }

  async getItem(projectId: string, itemId: string): Promise<ItemRow | undefined> {
    const rows = await this.query('SELECT * FROM items WHERE project_id = $1 AND id = $2', [
      projectId,
      itemId,
    ]);
    return rows[0] ? itemFromRow(rows[0]) : undefined;
  }

  async listItems(projectId: string): Promise<ItemRow[]> {
    const rows = await this.query(
      'SELECT * FROM items WHERE project_id = $1 ORDER BY name COLLATE "C", id COLLATE "C"',
      [projectId],
    );
    return rows.map(itemFromRow);
  }

  async createMedia(media: MediaRow): Promise<void> {
    await this.query(
      `INSERT INTO media (id, project_id, file_name, mime_type, size_bytes, duration_ms, fps_num, fps_den,
         frame_count, width, height, has_audio, sha256, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        ...[media.id, media.projectId, media.fileName, media.mimeType, media.sizeBytes],
        ...[media.durationMs, media.frameRate.num, media.frameRate.den, media.frameCount],
        ...[media.width, media.height, media.hasAudio, media.sha256, Date.now()],
      ],
    );
  }

  async getMedia(mediaId: string): Promise<MediaRow | undefined> {
    const rows = await this.query('SELECT * FROM media WHERE id = $1', [mediaId]);
    return rows[0] ? mediaFromRow(rows[0]) : undefined;
  }

  async createMediaFrames(frames: readonly MediaFrameRow[]): Promise<void> {
    for (const frame of frames) {
      await this.query(
        `INSERT INTO media_frames (media_id, frame_index, file_name, original_name, mime_type, size_bytes,
           sha256, width, height)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          ...[frame.mediaId, frame.index, frame.fileName, frame.originalName, frame.mimeType],
          ...[frame.sizeBytes, frame.sha256, frame.width, frame.height],
        ],
      );
    }
  }

  async listMediaFrames(mediaId: string): Promise<MediaFrameRow[]> {
    const rows = await this.query(
      'SELECT * FROM media_frames WHERE media_id = $1 ORDER BY frame_index',
      [mediaId],
    );
    return rows.map(mediaFrameFromRow);
  }

  async getMediaFrame(mediaId: string, index: number): Promise<MediaFrameRow | undefined> {
    const rows = await this.query(
      'SELECT * FROM media_frames WHERE media_id = $1 AND frame_index = $2',
      [mediaId, index],
    );
    return rows[0] ? mediaFrameFromRow(rows[0]) : undefined;
  }

  async createAssignment(assignment: AssignmentRow): Promise<void> {
    await this.query(
      `INSERT INTO assignments (id, project_id, item_id, user_id, mode, created_by, created_at, revealed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        ...[assignment.id, assignment.projectId, assignment.itemId, assignment.userId],
        ...[assignment.mode, assignment.createdBy, assignment.createdAtMs, assignment.revealedAtMs],
      ],
    );
  }

  async getAssignment(assignmentId: string): Promise<AssignmentRow | undefined> {
    const rows = await this.query('SELECT * FROM assignments WHERE id = $1', [assignmentId]);
    return rows[0] ? assignmentFromRow(rows[0]) : undefined;
  }

  async listAssignmentsOfItem(projectId: string, itemId: string): Promise<AssignmentRow[]> {
    const rows = await this.query(
      'SELECT * FROM assignments WHERE project_id = $1 AND item_id = $2 ORDER BY created_at, id COLLATE "C"',
      [projectId, itemId],
    );
    return rows.map(assignmentFromRow);
  }

  async listAssignmentsOfUser(userId: string): Promise<AssignmentRow[]> {
    const rows = await this.query(
      'SELECT * FROM assignments WHERE user_id = $1 ORDER BY created_at, id COLLATE "C"',
      [userId],
    );
    return rows.map(assignmentFromRow);
  }

  async setAssignmentMode(
    assignmentId: string,
    mode: AssignmentMode,
    changedAtMs: number,
  ): Promise<void> {
    await this.query('UPDATE assignments SET mode = $1, revealed_at = $2 WHERE id = $3', [
      mode,
      mode === 'revealed' ? changedAtMs : null,
      assignmentId,
    ]);
  }

  async createCalibrationSession(
    session: CalibrationSessionRow,
    assignmentIds: readonly string[],
  ): Promise<void> {
    await this.query(
      `INSERT INTO calibration_sessions (id, project_id, name, trainer_id, created_at, revealed_at, closed_at, report)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        ...[session.id, session.projectId, session.name, session.trainerId, session.createdAtMs],
        ...[session.revealedAtMs, session.closedAtMs, session.report],
      ],
    );
    for (const assignmentId of assignmentIds) {
      await this.query(
        'INSERT INTO calibration_assignments (session_id, assignment_id) VALUES ($1, $2)',
        [session.id, assignmentId],
      );
    }
  }

  async getCalibrationSession(sessionId: string): Promise<CalibrationSessionRow | undefined> {
    const rows = await this.query('SELECT * FROM calibration_sessions WHERE id = $1', [sessionId]);
    return rows[0] ? calibrationSessionFromRow(rows[0]) : undefined;
  }

  async listCalibrationSessions(projectId: string): Promise<CalibrationSessionRow[]> {
    const rows = await this.query(
      'SELECT * FROM calibration_sessions WHERE project_id = $1 ORDER BY created_at DESC, id COLLATE "C"',
      [projectId],
    );
    return rows.map(calibrationSessionFromRow);
  }

  async listSessionAssignments(sessionId: string): Promise<AssignmentRow[]> {
    const rows = await this.query(
      `SELECT assignments.* FROM assignments
       JOIN calibration_assignments ON calibration_assignments.assignment_id = assignments.id
       WHERE calibration_assignments.session_id = $1
       ORDER BY assignments.created_at, assignments.id COLLATE "C"`,
      [sessionId],
    );
    return rows.map(assignmentFromRow);
  }

  async updateCalibrationSession(
    sessionId: string,
    change: Partial<Pick<CalibrationSessionRow, 'revealedAtMs' | 'closedAtMs' | 'report'>>,
  ): Promise<void> {
    const columns = sessionChangeColumns(change);
    if (columns.length === 0) return;
    const assignments = columns.map(([name], index) => `${name} = $${index + 1}`).join(', ');
    await this.query(
      `UPDATE calibration_sessions SET ${assignments} WHERE id = $${columns.length + 1}`,
      [...columns.map(([, value]) => value), sessionId],
    );
  }

  async addSessionAssignments(sessionId: string, assignmentIds: readonly string[]): Promise<void> {
    for (const assignmentId of assignmentIds) {
      await this.query(
        'INSERT INTO calibration_assignments (session_id, assignment_id) VALUES ($1, $2)',
        [sessionId, assignmentId],
      );
    }
  }

  async createCalibrationInvite(invite: CalibrationInviteRow): Promise<void> {
    await this.query(
      `INSERT INTO calibration_invites (token_hash, session_id, created_by, created_at, expires_at, used_by, used_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        ...[invite.tokenHash, invite.sessionId, invite.createdBy, invite.createdAtMs],
        ...[invite.expiresAtMs, invite.usedBy, invite.usedAtMs],
      ],
    );
  }

  async getCalibrationInvite(tokenHash: string): Promise<CalibrationInviteRow | undefined> {
    const rows = await this.query('SELECT * FROM calibration_invites WHERE token_hash = $1', [
      tokenHash,
    ]);
    return rows[0] ? calibrationInviteFromRow(rows[0]) : undefined;
  }

  async listCalibrationInvites(sessionId: string): Promise<CalibrationInviteRow[]> {
    const rows = await this.query(
      'SELECT * FROM calibration_invites WHERE session_id = $1 ORDER BY created_at, token_hash COLLATE "C"',
      [sessionId],
    );
    return rows.map(calibrationInviteFromRow);
  }

  async markCalibrationInviteUsed(
    tokenHash: string,
    userId: string,
    usedAtMs: number,
  ): Promise<boolean> {
    // The row lock makes a concurrent second use wait, then find used_by set and change nothing.
    const result = await (this.client ?? this.pool).query(
      'UPDATE calibration_invites SET used_by = $1, used_at = $2 WHERE token_hash = $3 AND used_by IS NULL',
      [userId, usedAtMs, tokenHash],
    );
    return result.rowCount === 1;
  }

  async createHoneypot(honeypot: HoneypotRow): Promise<void> {
    await this.query(
      `INSERT INTO honeypots (project_id, item_id, source_item_id, user_id, assignment_id, queue_position,
         created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        ...[honeypot.projectId, honeypot.itemId, honeypot.sourceItemId, honeypot.userId],
        ...[
          honeypot.assignmentId,
          honeypot.queuePosition,
          honeypot.createdBy,
          honeypot.createdAtMs,
        ],
      ],
    );
  }

  async listHoneypots(projectId: string): Promise<HoneypotRow[]> {
    const rows = await this.query(
      'SELECT * FROM honeypots WHERE project_id = $1 ORDER BY created_at, item_id COLLATE "C"',
      [projectId],
    );
    return rows.map(honeypotFromRow);
  }

  async listHoneypotsOfUser(userId: string): Promise<HoneypotRow[]> {
    const rows = await this.query(
      'SELECT * FROM honeypots WHERE user_id = $1 ORDER BY queue_position, created_at, item_id COLLATE "C"',
      [userId],
    );
    return rows.map(honeypotFromRow);
  }

  async transaction<T>(work: (store: MetaStore) => Promise<T>): Promise<T> {
    // Inside a transaction, a nested one is just more work on the same connection.
    if (this.client) return work(this);
    return withPostgresTransaction(this.pool, (client) =>
      work(new PostgresMetaStore(this.pool, client)),
    );
  }

  private async query(text: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
    const result = await (this.client ?? this.pool).query(text, values);
    return result.rows as Record<string, unknown>[];
  }
}
