import { z } from 'zod';
import type { AssignmentSummary } from './assignments.ts';

/** Roles a user can hold in a project, most powerful first. */
export const ROLES = ['admin', 'trainer', 'reviewer', 'annotator', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** What a connection may do with one document. */
export type Access = 'write' | 'read' | 'none';

/** The path of the collaboration websocket on the server's one port. */
export const COLLAB_PATH = '/collab';

/** POST /api/login */
export const loginRequestSchema = z.object({
  username: z.string().min(1, 'username is required').max(64),
  password: z.string().min(1, 'password is required').max(1024),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** A user as shown to other users. */
export interface UserSummary {
  id: string;
  username: string;
  name: string;
  colour: string;
}

export interface LoginResponse {
  token: string;
  /** Token expiry, ms since the epoch. */
  expiresAt: number;
  user: UserSummary;
}

/** A rational frame rate, e.g. 30000/1001. */
export interface FrameRate {
  num: number;
  den: number;
}

/**
 * What an item's media is: a video (frames, maybe sound), sound alone, or still images (one image,
 * or an image set whose frame i is image i, one per second of media time at 1/1 frames per second).
 */
export type MediaKind = 'video' | 'audio' | 'image';

/** One image of an image item, as the item detail lists it. */
export interface ImageFrameInfo {
  /** The frame it is: 0-based, in upload order. */
  index: number;
  /** Where to fetch it (immutable, with a strong ETag). */
  url: string;
  /** The file name it was uploaded under; null when the upload did not say. */
  name: string | null;
  mimeType: string;
  width: number;
  height: number;
  sizeBytes: number;
}

/** Media facts probed at ingest. */
export interface MediaInfo {
  id: string;
  kind: MediaKind;
  mimeType: string;
  sizeBytes: number;
  durationMs: number;
  frameRate: FrameRate;
  frameCount: number;
  width: number;
  height: number;
  hasAudio: boolean;
  /** Where to fetch the bytes (supports HTTP range requests); an image set's first image. */
  url: string;
  /** Every image of an image item, in frame order: in an item's detail only, never in lists. */
  images?: ImageFrameInfo[];
}

/** GET /api/projects */
export interface ProjectSummary {
  id: string;
  name: string;
  role: Role;
}

/** GET /api/projects/:projectId/items */
export interface ItemSummary {
  id: string;
  projectId: string;
  name: string;
  media: MediaInfo | null;
}

/** A document the current user may open, with the access granted. */
export interface LayerAccess {
  documentName: string;
  layer: string;
  access: Exclude<Access, 'none'>;
}

/** GET /api/projects/:projectId/items/:itemId */
export interface ItemDetail extends ItemSummary {
  role: Role;
  layers: LayerAccess[];
  /** The project-level documents (label schema, guidelines) and the access granted. */
  projectDocuments: LayerAccess[];
  /** Assignments on the item the user may know of: their own, and others' whose layer they may read. */
  assignments: AssignmentSummary[];
}

/** Body of every error response: a code for programs and a message for people. */
export interface ErrorBody {
  error: { code: string; message: string; field?: string };
}
