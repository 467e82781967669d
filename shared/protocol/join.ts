import { z } from 'zod';
import type { LoginResponse } from './http.ts';

/** A join link's secret: 32 random bytes, base64url without padding. */
export const JOIN_SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** How long a new join link stays valid unless the request says otherwise, in hours. */
export const DEFAULT_INVITE_HOURS = 72;

/** The path of the page a join link opens. */
export function joinPath(secret: string): string {
  return `/join/${secret}`;
}

/** POST /api/projects/:projectId/calibration-sessions/:sessionId/invites */
export const createInvitesRequestSchema = z.object({
  count: z
    .number({ error: 'count must be a number of links' })
    .int('count must be a whole number')
    .min(1, 'count must be at least 1')
    .max(50, 'count is at most 50 links at a time'),
  expiresInHours: z
    .number({ error: 'expiresInHours must be a number of hours' })
    .int('expiresInHours must be a whole number of hours')
    .min(1, 'expiresInHours must be at least 1')
    .max(168, 'expiresInHours is at most 168 (one week)')
    .default(DEFAULT_INVITE_HOURS),
});
export type CreateInvitesRequest = z.input<typeof createInvitesRequestSchema>;

/** A link just made: the only time its secret is shown. */
export interface CreatedInvite {
  /** `/join/<secret>`, relative to the server's address. */
  path: string;
  expiresAtMs: number;
}

export interface CreateInvitesResponse {
  invites: CreatedInvite[];
}

/** A session's link as the trainer's list shows it, without its secret. */
export interface InviteSummary {
  /** Stands for the link in lists; it cannot be used to join. */
  id: string;
  createdAtMs: number;
  expiresAtMs: number;
  expired: boolean;
  /** Who joined with it; null while unused. */
  usedBy: { username: string; displayName: string } | null;
  usedAtMs: number | null;
}

/** GET …/invites */
export interface InvitesResponse {
  invites: InviteSummary[];
}

/** GET /api/join/:secret: what a valid, unused link is for. */
export interface JoinDescription {
  projectName: string;
  sessionName: string;
  trainerName: string;
  expiresAtMs: number;
}

/** POST /api/join/:secret: the account to make. */
export const joinRequestSchema = z.object({
  username: z
    .string({ error: 'username is required' })
    .trim()
    .min(1, 'username is required')
    .max(64, 'username is at most 64 characters')
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
      'username may hold only letters, digits, ".", "_" and "-", and starts with a letter or digit',
    ),
  name: z
    .string({ error: 'name is required' })
    .trim()
    .min(1, 'name is required')
    .max(100, 'name is at most 100 characters'),
  password: z
    .string({ error: 'password is required' })
    .min(8, 'password must be at least 8 characters')
    .max(1024, 'password is at most 1024 characters'),
});
export type JoinRequest = z.infer<typeof joinRequestSchema>;

/** The new account signed in, and the session it joined. */
export interface JoinResponse extends LoginResponse {
  projectId: string;
  sessionId: string;
}
