import type { AssignmentMode } from '../../shared/protocol/assignments.ts';
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
 * One image of an image item: frame `index` of the item shows it. A single image is an item
 * with one frame; the media row then names the same file.
 */
export interface MediaFrameRow {
  mediaId: string;
  /** 0-based frame index; an image set's frames are numbered in upload order. */
  index: number;
  /** File name inside DATA_DIR/media. */
  fileName: string;
  /** The name the file was uploaded under; null when the upload did not say. */
  originalName: string | null;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  width: number;
  height: number;
}

/**
 * One annotator's work on one item: in their own layer `a.<id>` (blind, later revealed) or on
 * `main` with the team (shared). A new cohort gets new assignments; a layer is never reused.
 */
export interface AssignmentRow {
  /** Unique across the server; matches ASSIGNMENT_ID_PATTERN. */
  id: string;
  projectId: string;
  itemId: string;
  /** The annotator. */
  userId: string;
  mode: AssignmentMode;
  /** Who created it. */
  createdBy: string;
  createdAtMs: number;
  /** When it was revealed; null until then. */
  revealedAtMs: number | null;
}

/**
 * A guideline-calibration session: trainees label the same gold items blind, each in the blind
 * assignments the session made, until the trainer reveals; a closed session keeps its report.
 */
export interface CalibrationSessionRow {
  /** Unique across the server; matches ASSIGNMENT_ID_PATTERN. */
  id: string;
  projectId: string;
  name: string;
  /** Who started it. */
  trainerId: string;
  createdAtMs: number;
  revealedAtMs: number | null;
  closedAtMs: number | null;
  /** The report's JSON, frozen when the session closes; null while it runs. */
  report: string | null;
}

/**
 * A one-time link that lets someone make an account and join a calibration session as a trainee.
 * Only the secret's SHA-256 is stored, so the table cannot be used to join.
 */
export interface CalibrationInviteRow {
  /** SHA-256 of the link's secret, lowercase hex. */
  tokenHash: string;
  sessionId: string;
  /** The trainer or admin who made it. */
  createdBy: string;
  createdAtMs: number;
  expiresAtMs: number;
  /** The user who joined with it; null until then. */
  usedBy: string | null;
  usedAtMs: number | null;
}

/**
 * A honeypot: a copy of a gold item under a new item id, assigned blind to one annotator and
 * mixed into their queue; the copy's `gold` layer is the server's copy of the source's gold.
 */
export interface HoneypotRow {
  /** The copy. */
  itemId: string;
  projectId: string;
  /** The gold item it copies. */
  sourceItemId: string;
  /** The annotator it is for. */
  userId: string;
  /** The annotator's blind assignment on the copy. */
  assignmentId: string;
  /** How many of the annotator's other assignments come before it in their queue. */
  queuePosition: number;
  createdBy: string;
  createdAtMs: number;
}

/** A user's role in a project. */
export interface MembershipRow {
  userId: string;
  role: Role;
}

/**
 * Users, projects, memberships, items, media and assignments: everything but document contents.
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
  /** Every member of the project with their role, in no particular order. */
  listMembers(projectId: string): Promise<MembershipRow[]>;

  createItem(item: ItemRow): Promise<void>;
  getItem(projectId: string, itemId: string): Promise<ItemRow | undefined>;
  listItems(projectId: string): Promise<ItemRow[]>;

  createMedia(media: MediaRow): Promise<void>;
  getMedia(mediaId: string): Promise<MediaRow | undefined>;
  /** Stores the images of an image item; its media row must exist. */
  createMediaFrames(frames: readonly MediaFrameRow[]): Promise<void>;
  /** The images of an image item in frame order; empty for video and audio. */
  listMediaFrames(mediaId: string): Promise<MediaFrameRow[]>;
  getMediaFrame(mediaId: string, index: number): Promise<MediaFrameRow | undefined>;

  /** Stores a new assignment; its id must not exist yet. */
  createAssignment(assignment: AssignmentRow): Promise<void>;
  getAssignment(assignmentId: string): Promise<AssignmentRow | undefined>;
  /** The item's assignments, oldest first (ties by id). */
  listAssignmentsOfItem(projectId: string, itemId: string): Promise<AssignmentRow[]>;
  /** The user's assignments in every project, oldest first (ties by id). */
  listAssignmentsOfUser(userId: string): Promise<AssignmentRow[]>;
  /**
   * Changes an assignment's mode; revealing is setting `revealed`. `revealedAtMs` becomes
   * `changedAtMs` when the mode is `revealed` and null for any other mode.
   */
  setAssignmentMode(assignmentId: string, mode: AssignmentMode, changedAtMs: number): Promise<void>;

  /** Stores a new calibration session and the blind assignments it made (already stored). */
  createCalibrationSession(
    session: CalibrationSessionRow,
    assignmentIds: readonly string[],
  ): Promise<void>;
  getCalibrationSession(sessionId: string): Promise<CalibrationSessionRow | undefined>;
  /** The project's sessions, newest first (ties by id). */
  listCalibrationSessions(projectId: string): Promise<CalibrationSessionRow[]>;
  /** The assignments a session made, oldest first (ties by id). */
  listSessionAssignments(sessionId: string): Promise<AssignmentRow[]>;
  /** Records the reveal or the close (with the frozen report) of a session. */
  updateCalibrationSession(
    sessionId: string,
    change: Partial<Pick<CalibrationSessionRow, 'revealedAtMs' | 'closedAtMs' | 'report'>>,
  ): Promise<void>;

  /** Links more blind assignments (already stored) to an existing session. */
  addSessionAssignments(sessionId: string, assignmentIds: readonly string[]): Promise<void>;

  /** Stores a new invite; its token hash must not exist yet. */
  createCalibrationInvite(invite: CalibrationInviteRow): Promise<void>;
  getCalibrationInvite(tokenHash: string): Promise<CalibrationInviteRow | undefined>;
  /** The session's invites, oldest first (ties by token hash). */
  listCalibrationInvites(sessionId: string): Promise<CalibrationInviteRow[]>;
  /**
   * Marks an unused invite used by `userId`; false, changing nothing, when it is unknown or was
   * used already, so of two concurrent uses only one succeeds.
   */
  markCalibrationInviteUsed(tokenHash: string, userId: string, usedAtMs: number): Promise<boolean>;

  /** Stores a new honeypot; its copy item and assignment must be stored already. */
  createHoneypot(honeypot: HoneypotRow): Promise<void>;
  /** The project's honeypots, oldest first (ties by item id). */
  listHoneypots(projectId: string): Promise<HoneypotRow[]>;
  /** The user's honeypots in every project, by queue position, then oldest first (ties by item id). */
  listHoneypotsOfUser(userId: string): Promise<HoneypotRow[]>;

  /**
   * Runs `work` in one transaction against the store it is given: all of it is stored, or none.
   * `work` must do nothing but call that store (no other I/O), so nothing else slips into the transaction.
   */
  transaction<T>(work: (store: MetaStore) => Promise<T>): Promise<T>;
}
