import type { SQLInputValue } from 'node:sqlite';
import type { AssignmentMode } from '../../../shared/protocol/assignments.ts';
import { ASSIGNMENT_MODES } from '../../../shared/protocol/assignments.ts';
import type { Role } from '../../../shared/protocol/http.ts';
import { ROLES } from '../../../shared/protocol/http.ts';
import type { AssignmentRow, ItemRow, MediaRow, UserRow } from '../MetaStore.ts';

/** A row as node:sqlite returns it. */
export type Row = Record<string, SQLInputValue>;

export function toUser(row: Row): UserRow {
  return {
    id: String(row.id),
    username: String(row.username),
    name: String(row.name),
    colour: String(row.colour),
    passwordHash: String(row.password_hash),
  };
}

export function toItem(row: Row): ItemRow {
  return {
    projectId: String(row.project_id),
    id: String(row.id),
    name: String(row.name),
    mediaId: row.media_id === null ? null : String(row.media_id),
  };
}

export function toMedia(row: Row): MediaRow {
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
    hasAudio: Number(row.has_audio) === 1,
    sha256: String(row.sha256),
  };
}

export function toRole(value: unknown): Role | null {
  return (ROLES as readonly unknown[]).includes(value) ? (value as Role) : null;
}

function toAssignmentMode(value: unknown): AssignmentMode {
  // The table's CHECK constraint admits only known modes; anything else is treated as the most restrictive.
  return (ASSIGNMENT_MODES as readonly unknown[]).includes(value)
    ? (value as AssignmentMode)
    : 'blind';
}

export function toAssignment(row: Row): AssignmentRow {
  return {
    id: String(row.id),
    projectId: String(row.project_id),
    itemId: String(row.item_id),
    userId: String(row.user_id),
    mode: toAssignmentMode(row.mode),
    createdBy: String(row.created_by),
    createdAtMs: Number(row.created_at),
    revealedAtMs: row.revealed_at === null ? null : Number(row.revealed_at),
  };
}
