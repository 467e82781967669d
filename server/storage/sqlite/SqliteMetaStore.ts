import type { DatabaseSync } from 'node:sqlite';
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
import { migrateTables } from '../openDatabase.ts';
import type { MetaRow } from '../metaRowsFromDatabase.ts';
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
import { metaTableMigrations } from './metaTableMigrations.ts';
import { sessionChangeColumns } from '../sessionChangeColumns.ts';

/** MetaStore on the embedded SQLite database. */
export class SqliteMetaStore implements MetaStore {
  private readonly database: DatabaseSync;
  private queue: Promise<void> = Promise.resolve();

  constructor(database: DatabaseSync) {
    this.database = database;
    migrateTables(database, 'meta', metaTableMigrations);
  }

  async createUser(user: UserRow): Promise<void> {
    this.database
      .prepare(
        'INSERT INTO users (id, username, name, colour, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(user.id, user.username, user.name, user.colour, user.passwordHash, Date.now());
  }

  async findUserByUsername(username: string): Promise<UserRow | undefined> {
    const row = this.database.prepare('SELECT * FROM users WHERE username = ?').get(username);
    return row ? userFromRow(row as MetaRow) : undefined;
  }

  async getUser(userId: string): Promise<UserRow | undefined> {
    const row = this.database.prepare('SELECT * FROM users WHERE id = ?').get(userId);
    return row ? userFromRow(row as MetaRow) : undefined;
  }

  async listUsers(): Promise<UserRow[]> {
    return this.database
      .prepare('SELECT * FROM users ORDER BY username')
      .all()
      .map((row) => userFromRow(row as MetaRow));
  }

  async createProject(project: ProjectRow): Promise<void> {
    this.database
      .prepare('INSERT INTO projects (id, name, created_at) VALUES (?, ?, ?)')
      .run(project.id, project.name, Date.now());
  }

  async getProject(projectId: string): Promise<ProjectRow | undefined> {
    const row = this.database.prepare('SELECT id, name FROM projects WHERE id = ?').get(projectId);
    return row ? { id: String(row.id), name: String(row.name) } : undefined;
  }

  async listProjectsOf(userId: string): Promise<Array<ProjectRow & { role: Role }>> {
    return this.database
      .prepare(
        'SELECT p.id, p.name, m.role FROM projects p JOIN memberships m ON m.project_id = p.id WHERE m.user_id = ? ORDER BY p.name',
      )
      .all(userId)
      .flatMap((row) => {
        const role = roleFromColumn(row.role);
        return role ? [{ id: String(row.id), name: String(row.name), role }] : [];
      });
  }

  async setMembership(projectId: string, userId: string, role: Role): Promise<void> {
    this.database
      .prepare(
        'INSERT INTO memberships (project_id, user_id, role) VALUES (?, ?, ?) ON CONFLICT (project_id, user_id) DO UPDATE SET role = excluded.role',
      )
      .run(projectId, userId, role);
  }

  async roleOf(projectId: string, userId: string): Promise<Role | null> {
    const row = this.database
      .prepare('SELECT role FROM memberships WHERE project_id = ? AND user_id = ?')
      .get(projectId, userId);
    return row ? roleFromColumn(row.role) : null;
  }

  async listMembers(projectId: string): Promise<MembershipRow[]> {
    return this.database
      .prepare('SELECT user_id, role FROM memberships WHERE project_id = ?')
      .all(projectId)
      .flatMap((row) => {
        const role = roleFromColumn(row.role);
        return role ? [{ userId: String(row.user_id), role }] : [];
      });
  }

  async createItem(item: ItemRow): Promise<void> {
    this.database
      .prepare(
        'INSERT INTO items (project_id, id, name, media_id, created_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(item.projectId, item.id, item.name, item.mediaId, Date.now());
  }

  async getItem(projectId: string, itemId: string): Promise<ItemRow | undefined> {
    const row = this.database
      .prepare('SELECT * FROM items WHERE project_id = ? AND id = ?')
      .get(projectId, itemId);
    return row ? itemFromRow(row as MetaRow) : undefined;
  }

  async listItems(projectId: string): Promise<ItemRow[]> {
    return this.database
      .prepare('SELECT * FROM items WHERE project_id = ? ORDER BY name, id')
      .all(projectId)
      .map((row) => itemFromRow(row as MetaRow));
  }

  async createMedia(media: MediaRow): Promise<void> {
    this.database
      .prepare(
        `INSERT INTO media (id, project_id, file_name, mime_type, size_bytes, duration_ms, fps_num, fps_den,
           frame_count, width, height, has_audio, sha256, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        media.id,
        media.projectId,
        media.fileName,
        media.mimeType,
        media.sizeBytes,
        media.durationMs,
        media.frameRate.num,
        media.frameRate.den,
        media.frameCount,
        media.width,
        media.height,
        media.hasAudio ? 1 : 0,
        media.sha256,
        Date.now(),
      );
  }

  async getMedia(mediaId: string): Promise<MediaRow | undefined> {
    const row = this.database.prepare('SELECT * FROM media WHERE id = ?').get(mediaId);
    return row ? mediaFromRow(row as MetaRow) : undefined;
  }

  async createMediaFrames(frames: readonly MediaFrameRow[]): Promise<void> {
    const insert = this.database.prepare(
      `INSERT INTO media_frames (media_id, frame_index, file_name, original_name, mime_type, size_bytes,
         sha256, width, height)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const frame of frames) {
      insert.run(
        frame.mediaId,
        frame.index,
        frame.fileName,
        frame.originalName,
        frame.mimeType,
        frame.sizeBytes,
        frame.sha256,
        frame.width,
        frame.height,
      );
    }
  }

  async listMediaFrames(mediaId: string): Promise<MediaFrameRow[]> {
    return this.database
      .prepare('SELECT * FROM media_frames WHERE media_id = ? ORDER BY frame_index')
      .all(mediaId)
      .map((row) => mediaFrameFromRow(row as MetaRow));
  }

  async getMediaFrame(mediaId: string, index: number): Promise<MediaFrameRow | undefined> {
    const row = this.database
      .prepare('SELECT * FROM media_frames WHERE media_id = ? AND frame_index = ?')
      .get(mediaId, index);
    return row ? mediaFrameFromRow(row as MetaRow) : undefined;
  }

  async createAssignment(assignment: AssignmentRow): Promise<void> {
    this.database
      .prepare(
        `INSERT INTO assignments (id, project_id, item_id, user_id, mode, created_by, created_at, revealed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        assignment.id,
        assignment.projectId,
        assignment.itemId,
        assignment.userId,
        assignment.mode,
        assignment.createdBy,
        assignment.createdAtMs,
        assignment.revealedAtMs,
      );
  }

  async getAssignment(assignmentId: string): Promise<AssignmentRow | undefined> {
    const row = this.database.prepare('SELECT * FROM assignments WHERE id = ?').get(assignmentId);
    return row ? assignmentFromRow(row as MetaRow) : undefined;
  }

  async listAssignmentsOfItem(projectId: string, itemId: string): Promise<AssignmentRow[]> {
    return this.database
      .prepare(
        'SELECT * FROM assignments WHERE project_id = ? AND item_id = ? ORDER BY created_at, id',
      )
      .all(projectId, itemId)
      .map((row) => assignmentFromRow(row as MetaRow));
  }

  async listAssignmentsOfUser(userId: string): Promise<AssignmentRow[]> {
    return this.database
      .prepare('SELECT * FROM assignments WHERE user_id = ? ORDER BY created_at, id')
      .all(userId)
      .map((row) => assignmentFromRow(row as MetaRow));
  }

  async setAssignmentMode(
    assignmentId: string,
    mode: AssignmentMode,
    changedAtMs: number,
  ): Promise<void> {
    this.database
      .prepare('UPDATE assignments SET mode = ?, revealed_at = ? WHERE id = ?')
      .run(mode, mode === 'revealed' ? changedAtMs : null, assignmentId);
  }

  async createCalibrationSession(
    session: CalibrationSessionRow,
    assignmentIds: readonly string[],
  ): Promise<void> {
    this.database
      .prepare(
        `INSERT INTO calibration_sessions (id, project_id, name, trainer_id, created_at, revealed_at, closed_at, report)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        ...[session.id, session.projectId, session.name, session.trainerId, session.createdAtMs],
        ...[session.revealedAtMs, session.closedAtMs, session.report],
      );
    const link = this.database.prepare(
      'INSERT INTO calibration_assignments (session_id, assignment_id) VALUES (?, ?)',
    );
    for (const assignmentId of assignmentIds) link.run(session.id, assignmentId);
  }

  async getCalibrationSession(sessionId: string): Promise<CalibrationSessionRow | undefined> {
    const row = this.database
      .prepare('SELECT * FROM calibration_sessions WHERE id = ?')
      .get(sessionId);
    return row ? calibrationSessionFromRow(row as MetaRow) : undefined;
  }

  async listCalibrationSessions(projectId: string): Promise<CalibrationSessionRow[]> {
    return this.database
      .prepare(
        'SELECT * FROM calibration_sessions WHERE project_id = ? ORDER BY created_at DESC, id',
      )
      .all(projectId)
      .map((row) => calibrationSessionFromRow(row as MetaRow));
  }

  async listSessionAssignments(sessionId: string): Promise<AssignmentRow[]> {
    return this.database
      .prepare(
        `SELECT assignments.* FROM assignments
         JOIN calibration_assignments ON calibration_assignments.assignment_id = assignments.id
         WHERE calibration_assignments.session_id = ? ORDER BY assignments.created_at, assignments.id`,
      )
      .all(sessionId)
      .map((row) => assignmentFromRow(row as MetaRow));
  }

  async updateCalibrationSession(
    sessionId: string,
    change: Partial<Pick<CalibrationSessionRow, 'revealedAtMs' | 'closedAtMs' | 'report'>>,
  ): Promise<void> {
    const columns = sessionChangeColumns(change);
    if (columns.length === 0) return;
    this.database
      .prepare(
        `UPDATE calibration_sessions SET ${columns.map(([name]) => `${name} = ?`).join(', ')} WHERE id = ?`,
      )
      .run(...columns.map(([, value]) => value), sessionId);
  }

  async addSessionAssignments(sessionId: string, assignmentIds: readonly string[]): Promise<void> {
    const link = this.database.prepare(
      'INSERT INTO calibration_assignments (session_id, assignment_id) VALUES (?, ?)',
    );
    for (const assignmentId of assignmentIds) link.run(sessionId, assignmentId);
  }

  async createCalibrationInvite(invite: CalibrationInviteRow): Promise<void> {
    this.database
      .prepare(
        `INSERT INTO calibration_invites (token_hash, session_id, created_by, created_at, expires_at, used_by, used_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        ...[invite.tokenHash, invite.sessionId, invite.createdBy, invite.createdAtMs],
        ...[invite.expiresAtMs, invite.usedBy, invite.usedAtMs],
      );
  }

  async getCalibrationInvite(tokenHash: string): Promise<CalibrationInviteRow | undefined> {
    const row = this.database
      .prepare('SELECT * FROM calibration_invites WHERE token_hash = ?')
      .get(tokenHash);
    return row ? calibrationInviteFromRow(row as MetaRow) : undefined;
  }

  async listCalibrationInvites(sessionId: string): Promise<CalibrationInviteRow[]> {
    return this.database
      .prepare(
        'SELECT * FROM calibration_invites WHERE session_id = ? ORDER BY created_at, token_hash',
      )
      .all(sessionId)
      .map((row) => calibrationInviteFromRow(row as MetaRow));
  }

  async markCalibrationInviteUsed(
    tokenHash: string,
    userId: string,
    usedAtMs: number,
  ): Promise<boolean> {
    const result = this.database
      .prepare(
        'UPDATE calibration_invites SET used_by = ?, used_at = ? WHERE token_hash = ? AND used_by IS NULL',
      )
      .run(userId, usedAtMs, tokenHash);
    return Number(result.changes) === 1;
  }

  async createHoneypot(honeypot: HoneypotRow): Promise<void> {
    this.database
      .prepare(
        `INSERT INTO honeypots (project_id, item_id, source_item_id, user_id, assignment_id, queue_position,
           created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        ...[honeypot.projectId, honeypot.itemId, honeypot.sourceItemId, honeypot.userId],
        ...[
          honeypot.assignmentId,
          honeypot.queuePosition,
          honeypot.createdBy,
          honeypot.createdAtMs,
        ],
      );
  }

  async listHoneypots(projectId: string): Promise<HoneypotRow[]> {
    return this.database
      .prepare('SELECT * FROM honeypots WHERE project_id = ? ORDER BY created_at, item_id')
      .all(projectId)
      .map((row) => honeypotFromRow(row as MetaRow));
  }

  async listHoneypotsOfUser(userId: string): Promise<HoneypotRow[]> {
    return this.database
      .prepare(
        'SELECT * FROM honeypots WHERE user_id = ? ORDER BY queue_position, created_at, item_id',
      )
      .all(userId)
      .map((row) => honeypotFromRow(row as MetaRow));
  }

  async transaction<T>(work: (store: MetaStore) => Promise<T>): Promise<T> {
    // One transaction at a time on the one connection: a second waits for the first to finish.
    const previous = this.queue;
    let release = () => {};
    this.queue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    // Inside the transaction, a nested transaction is just more work in the same one.
    const inside: MetaStore = Object.create(this, {
      transaction: { value: <U>(nested: (store: MetaStore) => Promise<U>) => nested(inside) },
    });
    this.database.exec('BEGIN IMMEDIATE');
    try {
      const result = await work(inside);
      this.database.exec('COMMIT');
      return result;
    } catch (error) {
      this.database.exec('ROLLBACK');
      throw error;
    } finally {
      release();
    }
  }
}
