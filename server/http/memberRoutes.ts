import { Hono } from 'hono';
import type { Role } from '../../shared/protocol/http.ts';
import type { MemberResponse, SetMemberRequest } from '../../shared/protocol/members.ts';
import { setMemberRequestSchema } from '../../shared/protocol/members.ts';
import type { MetaStore } from '../storage/MetaStore.ts';
import { errorResponse } from './errorResponse.ts';
import type { HttpEnv } from './HttpEnv.ts';
import { jsonBodyLimit } from './jsonBodyLimit.ts';
import { readJsonBody } from './readJsonBody.ts';
import { readManagedProject } from './readManagedProject.ts';
import type { RouteDependencies } from './RouteDependencies.ts';
import type { RouteOutcome } from './RouteOutcome.ts';
import { refusal } from './RouteOutcome.ts';

/** Sets the role, refusing what would take the admin role without an admin or leave the project without one. */
async function setMemberRole(
  store: MetaStore,
  manager: { projectId: string; role: Role },
  request: SetMemberRequest,
): Promise<RouteOutcome<MemberResponse>> {
  const { projectId } = manager;
  const user = await store.findUserByUsername(request.username);
  if (!user) return refusal(404, 'not_found', `there is no user '${request.username}'`, 'username');
  const previousRole = await store.roleOf(projectId, user.id);
  const touchesAdmin = request.role === 'admin' || previousRole === 'admin';
  if (touchesAdmin && manager.role !== 'admin') {
    const message = `only an admin of project '${projectId}' can give or take away the admin role`;
    return refusal(403, 'forbidden', message, 'role');
  }
  if (previousRole === 'admin' && request.role !== 'admin') {
    const admins = (await store.listMembers(projectId)).filter((member) => member.role === 'admin');
    if (admins.length <= 1) {
      const message = `${user.username} is the last admin of project '${projectId}'; make someone else admin first`;
      return refusal(409, 'last_admin', message, 'role');
    }
  }
  await store.setMembership(projectId, user.id, request.role);
  const { id, username, name, colour } = user;
  return {
    ok: true,
    value: { user: { id, username, name, colour }, role: request.role, previousRole },
  };
}

/** POST /api/projects/:projectId/members: admins and trainers set a user's role; open connections follow at once. */
export function memberRoutes(dependencies: RouteDependencies): Hono<HttpEnv> {
  const { metaStore, requireUser, recheckAccess, logger } = dependencies;
  const routes = new Hono<HttpEnv>();

  routes.post('/api/projects/:projectId/members', requireUser, jsonBodyLimit, async (c) => {
    const manager = await readManagedProject(c, metaStore, 'change roles');
    if (manager instanceof Response) return manager;
    const body = await readJsonBody(c, setMemberRequestSchema);
    if (body instanceof Response) return body;
    const outcome = await metaStore.transaction((store) => setMemberRole(store, manager, body));
    if (!outcome.ok) {
      return errorResponse(c, outcome.status, outcome.code, outcome.message, outcome.field);
    }
    await recheckAccess();
    const { user, role, previousRole } = outcome.value;
    logger.info(
      { projectId: manager.projectId, userId: user.id, role, previousRole, by: c.get('user').id },
      'member role set',
    );
    return c.json(outcome.value);
  });

  return routes;
}
