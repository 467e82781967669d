import type { AuthenticatedUser } from '../auth/authenticateRequest.ts';

/** What handlers find on the Hono context: the user `requireUser` proved. */
export interface HttpEnv {
  Variables: { user: AuthenticatedUser };
}
