import type { Context } from 'hono';
import { Hono } from 'hono';
import type { AssignmentsResponse } from '../../shared/protocol/assignments.ts';
import {
  createAssignmentsRequestSchema,
  revealAssignmentsRequestSchema,
} from '../../shared/protocol/assignments.ts';
import type { AssignmentRow, MetaStore } from '../storage/MetaStore.ts';
import { createAssignments } from './createAssignments.ts';
import { errorResponse } from './errorResponse.ts';
import type { HttpEnv } from './HttpEnv.ts';
import { jsonBodyLimit } from './jsonBodyLimit.ts';
import { readJsonBody } from './readJsonBody.ts';
import { readManagedProject } from './readManagedProject.ts';
import { readPathId } from './readPathId.ts';
import { revealAssignments } from './revealAssignments.ts';
import type { RouteDependencies } from './RouteDependencies.ts';
import type { RouteOutcome } from './RouteOutcome.ts';
import { toAssignmentSummary } from './toAssignmentSummary.ts';

const ASSIGNMENTS = '/api/projects/:projectId/items/:itemId/assignments';

/** The item in the path, when it exists and the user manages its project. */
async function readManagedItem(
  c: Context<HttpEnv>,
  metaStore: MetaStore,
  action: string,
): Promise<{ projectId: string; itemId: string } | Response> {
  const project = await readManagedProject(c, metaStore, action);
  if (project instanceof Response) return project;
  const itemId = readPathId(c, 'itemId');
  if (itemId instanceof Response) return itemId;
  if (!(await metaStore.getItem(project.projectId, itemId))) {
    const message = `project '${project.projectId}' has no item '${itemId}'`;
    return errorResponse(c, 404, 'not_found', message, 'itemId');
  }
  return { projectId: project.projectId, itemId };
}

/**
 * POST …/assignments (blind to k annotators at once, or shared) and POST …/assignments/reveal,
 * for admins and trainers. Open connections follow the change before the response is sent.
 */
export function assignmentRoutes(dependencies: RouteDependencies): Hono<HttpEnv> {
  const { metaStore, requireUser, recheckAccess, logger } = dependencies;
  const routes = new Hono<HttpEnv>();

  const respond = async (
    c: Context<HttpEnv>,
    outcome: RouteOutcome<Array<{ assignment: AssignmentRow; username: string }>>,
    status: 200 | 201,
  ) => {
    if (!outcome.ok) {
      return errorResponse(c, outcome.status, outcome.code, outcome.message, outcome.field);
    }
    await recheckAccess();
    const assignments = outcome.value.map(({ assignment, username }) =>
      toAssignmentSummary(assignment, username),
    );
    return c.json<AssignmentsResponse>({ assignments }, status);
  };

  routes.post(ASSIGNMENTS, requireUser, jsonBodyLimit, async (c) => {
    const item = await readManagedItem(c, metaStore, 'assign annotators');
    if (item instanceof Response) return item;
    const body = await readJsonBody(c, createAssignmentsRequestSchema);
    if (body instanceof Response) return body;
    const createdBy = c.get('user').id;
    const outcome = await metaStore.transaction((store) =>
      createAssignments(store, { ...item, createdBy }, body),
    );
    if (outcome.ok) logger.info({ ...item, mode: body.mode, by: createdBy }, 'assignments created');
    return respond(c, outcome, 201);
  });

  routes.post(`${ASSIGNMENTS}/reveal`, requireUser, jsonBodyLimit, async (c) => {
    const item = await readManagedItem(c, metaStore, 'reveal blind work');
    if (item instanceof Response) return item;
    const body =
      (await c.req.text()).trim() === ''
        ? {}
        : await readJsonBody(c, revealAssignmentsRequestSchema);
    if (body instanceof Response) return body;
    const outcome = await metaStore.transaction(async (store) => {
      const revealed = await revealAssignments(store, item, body);
      if (!revealed.ok) return revealed;
      const named: Array<{ assignment: AssignmentRow; username: string }> = [];
      for (const assignment of revealed.value) {
        const username = (await store.getUser(assignment.userId))?.username ?? '';
        named.push({ assignment, username });
      }
      return { ok: true as const, value: named };
    });
    if (outcome.ok) logger.info({ ...item, by: c.get('user').id }, 'assignments revealed');
    return respond(c, outcome, 200);
  });

  return routes;
}
