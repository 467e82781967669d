import type { AssignmentMode } from '../../shared/protocol/assignments.ts';
import { ASSIGNMENT_MODES } from '../../shared/protocol/assignments.ts';
import type { Role } from '../../shared/protocol/http.ts';
import { ROLES } from '../../shared/protocol/http.ts';
import type {
  AssignmentRow,
  CalibrationInviteRow,
  CalibrationSessionRow,
  HoneypotRow,
  ItemRow,
  MediaFrameRow,
  MediaRow,
  UserRow,
} from './MetaStore.ts';

/**
 * A row of the metadata tables as a database driver returns it. The mappers read every column
 * through String/Number, so node:sqlite's values and node-postgres's (BIGINT as a string) both fit.
 */
export type MetaRow = Record<string, unknown>;

export function userFromRow(row: MetaRow): UserRow {
  return {
    id: String(row.id),
    username: String(row.username),
    name: String(row.name),
    colour: String(row.colour),
    passwordHash: String(row.password_hash),
  };
}

export function itemFromRow(row: MetaRow): ItemRow {
  return {
    projectId: String(row.project_id),
    id: String(row.id),
    name: String(row.name),
    mediaId: row.media_id === null ? null : String(row.media_id),
  };
}

export function mediaFromRow(row: MetaRow): MediaRow {
  return {
    id: String(row.id),
    projectId: String(row.project_id),
    fileName: String(row.file_name),
    mimeType: String(row.mime_type),
    sizeBytes: Number(row.size_bytes),
    durationMs: Number(row.duration_ms),
    frameRate: { num: Number(row.fps_num), den: Number(row.fps_den) },
    frameCount: Number(row.frame_count),
    width: Number(row.width),
    height: Number(row.height),
    // SQLite stores booleans as 0/1, PostgreSQL as true/false: Number() reads both.
    hasAudio: Number(row.has_audio) === 1,
    sha256: String(row.sha256),
  };
}

export function mediaFrameFromRow(row: MetaRow): MediaFrameRow {
  return {
    mediaId: String(row.media_id),
    index: Number(row.frame_index),
    fileName: String(row.file_name),
    originalName: row.original_name === null ? null : String(row.original_name),
    mimeType: String(row.mime_type),
    sizeBytes: Number(row.size_bytes),
    sha256: String(row.sha256),
    width: Number(row.width),
    height: Number(row.height),
  };
}

export function roleFromColumn(value: unknown): Role | null {
  return (ROLES as readonly unknown[]).includes(value) ? (value as Role) : null;
}

function assignmentModeFromColumn(value: unknown): AssignmentMode {
  // The CHECK constraint admits only known modes; anything else is treated as the most restrictive.
  return (ASSIGNMENT_MODES as readonly unknown[]).includes(value)
    ? (value as AssignmentMode)
    : 'blind';
}

export function calibrationSessionFromRow(row: MetaRow): CalibrationSessionRow {
  const orNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  return {
    id: String(row.id),
    projectId: String(row.project_id),
    name: String(row.name),
    trainerId: String(row.trainer_id),
    createdAtMs: Number(row.created_at),
    revealedAtMs: orNull(row.revealed_at),
    closedAtMs: orNull(row.closed_at),
    report: row.report === null || row.report === undefined ? null : String(row.report),
  };
}

export function assignmentFromRow(row: MetaRow): AssignmentRow {
  return {
    id: String(row.id),
    projectId: String(row.project_id),
    itemId: String(row.item_id),
    userId: String(row.user_id),
    mode: assignmentModeFromColumn(row.mode),
    createdBy: String(row.created_by),
    createdAtMs: Number(row.created_at),
    revealedAtMs: row.revealed_at === null ? null : Number(row.revealed_at),
  };
}

export function honeypotFromRow(row: MetaRow): HoneypotRow {
  return {
    itemId: String(row.item_id),
    projectId: String(row.project_id),
    sourceItemId: String(row.source_item_id),
    userId: String(row.user_id),
    assignmentId: String(row.assignment_id),
    queuePosition: Number(row.queue_position),
    createdBy: String(row.created_by),
    createdAtMs: Number(row.created_at),
  };
}

export function calibrationInviteFromRow(row: MetaRow): CalibrationInviteRow {
  const usedBy = row.used_by === null || row.used_by === undefined ? null : String(row.used_by);
  return {
    tokenHash: String(row.token_hash),
    sessionId: String(row.session_id),
    createdBy: String(row.created_by),
    createdAtMs: Number(row.created_at),
    expiresAtMs: Number(row.expires_at),
    usedBy,
    usedAtMs: row.used_at === null || row.used_at === undefined ? null : Number(row.used_at),
  };
}
