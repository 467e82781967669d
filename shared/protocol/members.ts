import { z } from 'zod';
import type { Role, UserSummary } from './http.ts';
import { ROLES } from './http.ts';

/** POST /api/projects/:projectId/members: give a user a role in the project (adding them when new). */
export const setMemberRequestSchema = z.object({
  username: z
    .string({ error: 'username is required' })
    .min(1, 'username is required')
    .max(64, 'username is at most 64 characters'),
  role: z.enum(ROLES, { error: `role must be one of ${ROLES.join(', ')}` }),
});
export type SetMemberRequest = z.infer<typeof setMemberRequestSchema>;

export interface MemberResponse {
  user: UserSummary;
  role: Role;
  /** The role before this change; null when the user was not a member. */
  previousRole: Role | null;
}
