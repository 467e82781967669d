import type { Context } from 'hono';
import type { Role } from '../../shared/protocol/http.ts';
import type { MetaStore } from '../storage/MetaStore.ts';
import { errorResponse } from './errorResponse.ts';
import type { HttpEnv } from './HttpEnv.ts';
import { readMembership } from './readMembership.ts';

const MANAGER_ROLES: readonly Role[] = ['admin', 'trainer'];

/**
 * The project in the path and the user's role in it, when they manage it (admins and trainers);
 * otherwise the response that says who may do `action`.
 */
export async function readManagedProject(
  c: Context<HttpEnv>,
  metaStore: Pick<MetaStore, 'roleOf'>,
  action: string,
): Promise<{ projectId: string; role: Role } | Response> {
  const membership = await readMembership(c, metaStore);
  if (membership instanceof Response) return membership;
  const { projectId, role } = membership;
  if (MANAGER_ROLES.includes(role)) return membership;
  const message = `only admins and trainers can ${action} in project '${projectId}'; your role is ${role}`;
  return errorResponse(c, 403, 'forbidden', message);
}
