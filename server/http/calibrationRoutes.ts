import type { Context } from 'hono';
import { Hono } from 'hono';
import type {
  CalibrationSessionResponse,
  CalibrationSessionsResponse,
} from '../../shared/protocol/calibration.ts';
import { createCalibrationSessionRequestSchema } from '../../shared/protocol/calibration.ts';
import { itemDocumentName } from '../../shared/doc/documentName.ts';
import { GOLD_LAYER } from '../../shared/doc/layerKind.ts';
import type { ReportDependencies } from '../calibration/buildSessionReport.ts';
import { buildSessionReport } from '../calibration/buildSessionReport.ts';
import { startCalibrationSession } from '../calibration/startCalibrationSession.ts';
import { toSessionSummary } from '../calibration/toSessionSummary.ts';
import { layerHasContent } from '../exchange/clearLayerContent.ts';
import { readLayerDocument } from '../exchange/readLayerDocument.ts';
import type { CalibrationSessionRow } from '../storage/MetaStore.ts';
import { errorResponse } from './errorResponse.ts';
import { refusalThrownBy } from './TransactionRefused.ts';
import type { HttpEnv } from './HttpEnv.ts';
import { jsonBodyLimit } from './jsonBodyLimit.ts';
import { readJsonBody } from './readJsonBody.ts';
import { readManagedProject } from './readManagedProject.ts';
import { readMembership } from './readMembership.ts';
import type { RouteDependencies } from './RouteDependencies.ts';
import { sendSessionReport } from './sendSessionReport.ts';

const SESSIONS = '/api/projects/:projectId/calibration-sessions';
const SESSION = `${SESSIONS}/:sessionId`;
const MANAGERS = new Set(['admin', 'trainer']);

export type CalibrationRouteDependencies = RouteDependencies & ReportDependencies;

/**
 * Calibration sessions: trainers and admins start one (blind assignments for every trainee on
 * every gold item), reveal it, close it (the report is frozen then) and read its report;
 * trainees list the sessions they are in, with only their own layers.
 */
export function calibrationRoutes(dependencies: CalibrationRouteDependencies): Hono<HttpEnv> {
  const { metaStore, requireUser, recheckAccess, logger } = dependencies;
  const routes = new Hono<HttpEnv>();

  /** The session in the path, when it is the project's and the user may see it. */
  const readSession = async (
    c: Context<HttpEnv>,
  ): Promise<{ session: CalibrationSessionRow; manages: boolean } | Response> => {
    const membership = await readMembership(c, metaStore);
    if (membership instanceof Response) return membership;
    const session = await metaStore.getCalibrationSession(c.req.param('sessionId') ?? '');
    const manages = MANAGERS.has(membership.role);
    const userId = c.get('user').id;
    const isTrainee = async (row: CalibrationSessionRow) =>
      (await metaStore.listSessionAssignments(row.id)).some((each) => each.userId === userId);
    if (
      !session ||
      session.projectId !== membership.projectId ||
      !(manages || (await isTrainee(session)))
    ) {
      const message = `project '${membership.projectId}' has no calibration session '${c.req.param('sessionId')}' that you are in`;
      return errorResponse(c, 404, 'not_found', message, 'sessionId');
    }
    return { session, manages };
  };

  const summaryResponse = async (
    c: Context<HttpEnv>,
    session: CalibrationSessionRow,
    manages: boolean,
    status: 200 | 201 = 200,
  ) =>
    c.json<CalibrationSessionResponse>(
      {
        session: await toSessionSummary(metaStore, session, { userId: c.get('user').id, manages }),
      },
      status,
    );

  /** The first item of the request without gold to calibrate against, as a refusal. */
  const checkGold = async (c: Context<HttpEnv>, projectId: string, itemIds: readonly string[]) => {
    for (const [index, itemId] of itemIds.entries()) {
      const field = `itemIds.${index}`;
      if (!(await metaStore.getItem(projectId, itemId))) {
        return errorResponse(
          c,
          404,
          'not_found',
          `project '${projectId}' has no item '${itemId}'`,
          field,
        );
      }
      const gold = itemDocumentName(projectId, itemId, GOLD_LAYER);
      const hasGold =
        (await dependencies.documentStore.hasDocument(gold)) &&
        (await readLayerDocument(dependencies.collab, gold, layerHasContent));
      if (!hasGold) {
        const message = `item '${itemId}' has no gold layer to calibrate against; author or import gold first`;
        return errorResponse(c, 422, 'no_gold', message, field);
      }
      if (itemIds.indexOf(itemId) !== index) {
        return errorResponse(c, 422, 'duplicate', `item '${itemId}' is named twice`, field);
      }
    }
    return null;
  };

  routes.post(SESSIONS, requireUser, jsonBodyLimit, async (c) => {
    const project = await readManagedProject(c, metaStore, 'run calibration sessions');
    if (project instanceof Response) return project;
    const body = await readJsonBody(c, createCalibrationSessionRequestSchema);
    if (body instanceof Response) return body;
    const refused = await checkGold(c, project.projectId, body.itemIds);
    if (refused) return refused;
    const trainerId = c.get('user').id;
    const outcome = await metaStore
      .transaction((store) =>
        startCalibrationSession(store, { projectId: project.projectId, trainerId }, body),
      )
      .catch(refusalThrownBy);
    if (!outcome.ok) {
      return errorResponse(c, outcome.status, outcome.code, outcome.message, outcome.field);
    }
    await recheckAccess();
    logger.info(
      { projectId: project.projectId, session: outcome.value.id, by: trainerId },
      'calibration session started',
    );
    return summaryResponse(c, outcome.value, true, 201);
  });

  routes.get(SESSIONS, requireUser, async (c) => {
    const membership = await readMembership(c, metaStore);
    if (membership instanceof Response) return membership;
    const manages = MANAGERS.has(membership.role);
    const userId = c.get('user').id;
    const sessions = [];
    for (const session of await metaStore.listCalibrationSessions(membership.projectId)) {
      const summary = await toSessionSummary(metaStore, session, { userId, manages });
      if (manages || summary.layers.length > 0) sessions.push(summary);
    }
    return c.json<CalibrationSessionsResponse>({ sessions });
  });

  routes.get(SESSION, requireUser, async (c) => {
    const found = await readSession(c);
    if (found instanceof Response) return found;
    return summaryResponse(c, found.session, found.manages);
  });

  /** Reveals every blind assignment of the session (closing reveals too); `nowMs` is the moment. */
  const reveal = async (session: CalibrationSessionRow, nowMs: number) => {
    await metaStore.transaction(async (store) => {
      for (const assignment of await store.listSessionAssignments(session.id)) {
        if (assignment.mode === 'blind')
          await store.setAssignmentMode(assignment.id, 'revealed', nowMs);
      }
      if (session.revealedAtMs === null)
        await store.updateCalibrationSession(session.id, { revealedAtMs: nowMs });
    });
    await recheckAccess();
  };

  const readManagedSession = async (c: Context<HttpEnv>, action: string) => {
    const project = await readManagedProject(c, metaStore, action);
    if (project instanceof Response) return project;
    const found = await readSession(c);
    if (found instanceof Response) return found;
    if (found.session.closedAtMs !== null) {
      return errorResponse(
        c,
        409,
        'closed',
        `calibration session '${found.session.id}' is closed`,
        'sessionId',
      );
    }
    return found.session;
  };

  routes.post(`${SESSION}/reveal`, requireUser, async (c) => {
    const session = await readManagedSession(c, 'reveal calibration sessions');
    if (session instanceof Response) return session;
    if (session.revealedAtMs !== null) {
      return errorResponse(
        c,
        409,
        'already_revealed',
        `calibration session '${session.id}' is already revealed`,
        'sessionId',
      );
    }
    await reveal(session, Date.now());
    logger.info({ session: session.id, by: c.get('user').id }, 'calibration session revealed');
    return summaryResponse(
      c,
      (await metaStore.getCalibrationSession(session.id)) as CalibrationSessionRow,
      true,
    );
  });

  routes.post(`${SESSION}/close`, requireUser, async (c) => {
    const session = await readManagedSession(c, 'close calibration sessions');
    if (session instanceof Response) return session;
    const closedAtMs = Date.now();
    const report = await buildSessionReport(dependencies, session, closedAtMs);
    if (session.revealedAtMs === null) report.session.revealedAtMs = closedAtMs;
    await reveal(session, closedAtMs);
    await metaStore.updateCalibrationSession(session.id, {
      closedAtMs,
      report: JSON.stringify(report),
    });
    logger.info({ session: session.id, by: c.get('user').id }, 'calibration session closed');
    return summaryResponse(
      c,
      (await metaStore.getCalibrationSession(session.id)) as CalibrationSessionRow,
      true,
    );
  });

  routes.get(`${SESSION}/report.:format`, requireUser, async (c) => {
    const project = await readManagedProject(c, metaStore, 'read calibration reports');
    if (project instanceof Response) return project;
    const found = await readSession(c);
    if (found instanceof Response) return found;
    return sendSessionReport(c, found.session);
  });

  return routes;
}
