import type { TableMigration } from '../openDatabase.ts';

/**
 * Table layout of users, projects, memberships, items, media and assignments: the SQLite
 * layout with PostgreSQL types (`created_at` is milliseconds since the epoch in both).
 */
export const metaTableMigrations: readonly TableMigration[] = [
  {
    version: 1,
    name: 'CreateMetaTables',
    sql: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        colour TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        created_at BIGINT NOT NULL
      );
      CREATE TABLE projects (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at BIGINT NOT NULL
      );
      CREATE TABLE memberships (
        project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        PRIMARY KEY (project_id, user_id)
      );
      CREATE TABLE media (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        size_bytes BIGINT NOT NULL,
        duration_ms BIGINT NOT NULL,
        fps_num INTEGER NOT NULL,
        fps_den INTEGER NOT NULL,
        frame_count INTEGER NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        has_audio BOOLEAN NOT NULL,
        sha256 TEXT NOT NULL,
        created_at BIGINT NOT NULL
      );
      CREATE TABLE items (
        project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        name TEXT NOT NULL,
        media_id TEXT REFERENCES media (id),
        created_at BIGINT NOT NULL,
        PRIMARY KEY (project_id, id)
      );
    `,
  },
  {
    version: 2,
    name: 'AddAssignments',
    sql: `
      CREATE TABLE assignments (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        mode TEXT NOT NULL CHECK (mode IN ('shared', 'blind', 'revealed')),
        created_by TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        revealed_at BIGINT,
        FOREIGN KEY (project_id, item_id) REFERENCES items (project_id, id) ON DELETE CASCADE
      );
      CREATE INDEX assignments_of_item ON assignments (project_id, item_id);
      CREATE INDEX assignments_of_user ON assignments (user_id);
    `,
  },
  {
    version: 3,
    name: 'AddMediaFrames',
    sql: `
      CREATE TABLE media_frames (
        media_id TEXT NOT NULL REFERENCES media (id) ON DELETE CASCADE,
        frame_index INTEGER NOT NULL CHECK (frame_index >= 0),
        file_name TEXT NOT NULL,
        original_name TEXT,
        mime_type TEXT NOT NULL,
        size_bytes BIGINT NOT NULL,
        sha256 TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        PRIMARY KEY (media_id, frame_index)
      );
    `,
  },
  {
    version: 4,
    name: 'AddCalibrationSessions',
    sql: `
      CREATE TABLE calibration_sessions (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        trainer_id TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        revealed_at BIGINT,
        closed_at BIGINT,
        report TEXT
      );
      CREATE INDEX calibration_sessions_of_project ON calibration_sessions (project_id);
      CREATE TABLE calibration_assignments (
        session_id TEXT NOT NULL REFERENCES calibration_sessions (id) ON DELETE CASCADE,
        assignment_id TEXT NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
        PRIMARY KEY (session_id, assignment_id)
      );
    `,
  },
  {
    version: 5,
    name: 'AddHoneypots',
    sql: `
      CREATE TABLE honeypots (
        project_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        source_item_id TEXT NOT NULL,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        assignment_id TEXT NOT NULL UNIQUE REFERENCES assignments (id) ON DELETE CASCADE,
        queue_position INTEGER NOT NULL CHECK (queue_position >= 0),
        created_by TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        PRIMARY KEY (project_id, item_id),
        FOREIGN KEY (project_id, item_id) REFERENCES items (project_id, id) ON DELETE CASCADE,
        FOREIGN KEY (project_id, source_item_id) REFERENCES items (project_id, id) ON DELETE CASCADE
      );
      CREATE INDEX honeypots_of_user ON honeypots (user_id);
    `,
  },
  {
    version: 6,
    name: 'AddCalibrationInvites',
    sql: `
      CREATE TABLE calibration_invites (
        token_hash TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES calibration_sessions (id) ON DELETE CASCADE,
        created_by TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL,
        used_by TEXT,
        used_at BIGINT
      );
      CREATE INDEX calibration_invites_of_session ON calibration_invites (session_id);
    `,
  },
];
