import type { FrameRate, Role } from '../../shared/protocol/http.ts';

/** A stored user; the password is only ever kept as a scrypt hash. */
export interface UserRow {
  id: string;
  username: string;
  name: string;
  colour: string;
  passwordHash: string;
}

export interface ProjectRow {
  id: string;
  name: string;
}

export interface ItemRow {
  projectId: string;
  id: string;
  name: string;
  mediaId: string | null;
}

/** Media as ingested: where the bytes are and what probing found. */
export interface MediaRow {
  id: string;
  projectId: string;
  /** File name inside DATA_DIR/media. */
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  durationMs: number;
  frameRate: FrameRate;
  frameCount: number;
  width: number;
  height: number;
  hasAudio: boolean;
  sha256: string;
}

/** Users, projects, memberships, items and media: everything but document contents. */
export interface MetaStore {
  createUser(user: UserRow): void;
  findUserByUsername(username: string): UserRow | undefined;
  getUser(userId: string): UserRow | undefined;
  listUsers(): UserRow[];

  createProject(project: ProjectRow): void;
  getProject(projectId: string): ProjectRow | undefined;
  /** Projects the user is a member of, with their role in each. */
  listProjectsOf(userId: string): Array<ProjectRow & { role: Role }>;
  setMembership(projectId: string, userId: string, role: Role): void;
  roleOf(projectId: string, userId: string): Role | null;

  createItem(item: ItemRow): void;
  getItem(projectId: string, itemId: string): ItemRow | undefined;
  listItems(projectId: string): ItemRow[];

  createMedia(media: MediaRow): void;
  getMedia(mediaId: string): MediaRow | undefined;

  /** Runs `work` in one transaction: all of it is stored, or none. */
  transaction<T>(work: () => T): T;
}
