import type { Context } from 'hono';
import type { Role } from '../../shared/protocol/http.ts';
import type { MetaStore } from '../storage/MetaStore.ts';
import { errorResponse } from './errorResponse.ts';
import type { HttpEnv } from './HttpEnv.ts';
import { readPathId } from './readPathId.ts';

/**
 * The project in the path and the user's role in it. A project the user is not a member of gets
 * the same 404 as one that does not exist, so its existence is not revealed.
 */
export async function readMembership(
  c: Context<HttpEnv>,
  metaStore: Pick<MetaStore, 'roleOf'>,
): Promise<{ projectId: string; role: Role } | Response> {
  const projectId = readPathId(c, 'projectId');
  if (projectId instanceof Response) return projectId;
  const role = await metaStore.roleOf(projectId, c.get('user').id);
  if (role === null) {
    return errorResponse(
      c,
      404,
      'not_found',
      `project '${projectId}' does not exist or you are not a member of it`,
      'projectId',
    );
  }
  return { projectId, role };
}
