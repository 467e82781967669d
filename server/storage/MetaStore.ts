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

/**
 * Users, projects, memberships, items and media: everything but document contents.
 * Every method is asynchronous so that networked databases (PostgreSQL) can implement it.
 */
export interface MetaStore {
  createUser(user: UserRow): Promise<void>;
  findUserByUsername(username: string): Promise<UserRow | undefined>;
  getUser(userId: string): Promise<UserRow | undefined>;
  listUsers(): Promise<UserRow[]>;

  createProject(project: ProjectRow): Promise<void>;
  getProject(projectId: string): Promise<ProjectRow | undefined>;
  /** Projects the user is a member of, with their role in each. */
  listProjectsOf(userId: string): Promise<Array<ProjectRow & { role: Role }>>;
  setMembership(projectId: string, userId: string, role: Role): Promise<void>;
  roleOf(projectId: string, userId: string): Promise<Role | null>;

  createItem(item: ItemRow): Promise<void>;
  getItem(projectId: string, itemId: string): Promise<ItemRow | undefined>;
  listItems(projectId: string): Promise<ItemRow[]>;

  createMedia(media: MediaRow): Promise<void>;
  getMedia(mediaId: string): Promise<MediaRow | undefined>;

  /**
   * Runs `work` in one transaction against the store it is given: all of it is stored, or none.
   * `work` must do nothing but call that store (no other I/O), so nothing else slips into the transaction.
   */
  transaction<T>(work: (store: MetaStore) => Promise<T>): Promise<T>;
}
