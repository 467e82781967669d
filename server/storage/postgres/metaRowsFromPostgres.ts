import type { AssignmentMode } from '../../../shared/protocol/assignments.ts';
import { ASSIGNMENT_MODES } from '../../../shared/protocol/assignments.ts';
import type { Role } from '../../../shared/protocol/http.ts';
import { ROLES } from '../../../shared/protocol/http.ts';
import type { AssignmentRow, ItemRow, MediaRow, UserRow } from '../MetaStore.ts';

/** Column values as node-postgres returns them: BIGINT arrives as a string. */
type PostgresRow = Record<string, unknown>;

export function userFromRow(row: PostgresRow): UserRow {
  return {
    id: String(row.id),
    username: String(row.username),
    name: String(row.name),
    colour: String(row.colour),
    passwordHash: String(row.password_hash),
  };
}

export function itemFromRow(row: PostgresRow): ItemRow {
  return {
    projectId: String(row.project_id),
    id: String(row.id),
    name: String(row.name),
    mediaId: row.media_id === null ? null : String(row.media_id),
  };
}

export function mediaFromRow(row: PostgresRow): MediaRow {
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
    hasAudio: row.has_audio === true,
    sha256: String(row.sha256),
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

export function assignmentFromRow(row: PostgresRow): AssignmentRow {
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
