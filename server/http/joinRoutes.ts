import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type {
  CreateInvitesResponse,
  InvitesResponse,
  JoinDescription,
  JoinResponse,
} from '../../shared/protocol/join.ts';
import {
  createInvitesRequestSchema,
  JOIN_SECRET_PATTERN,
  joinPath,
  joinRequestSchema,
} from '../../shared/protocol/join.ts';
import { hashPassword } from '../auth/passwords.ts';
import { checkInvite, INVITE_REFUSALS } from '../calibration/checkInvite.ts';
import { hashInviteSecret } from '../calibration/hashInviteSecret.ts';
import { joinCalibrationSession } from '../calibration/joinCalibrationSession.ts';
import { newInviteSecret } from '../calibration/newInviteSecret.ts';
import { newUserColour } from '../calibration/newUserColour.ts';
import { toInviteSummary } from '../calibration/toInviteSummary.ts';
import type { CalibrationSessionRow, MetaStore, UserRow } from '../storage/MetaStore.ts';
import { errorResponse } from './errorResponse.ts';
import { TransactionRefused } from './TransactionRefused.ts';
import type { HttpEnv } from './HttpEnv.ts';
import { jsonBodyLimit } from './jsonBodyLimit.ts';
import { LoginThrottle } from './LoginThrottle.ts';
import { readJsonBody } from './readJsonBody.ts';
import { readManagedProject } from './readManagedProject.ts';
import { remoteAddressOf } from './remoteAddressOf.ts';
import type { RouteDependencies } from './RouteDependencies.ts';
import type { RouteOutcome } from './RouteOutcome.ts';
import { refusal } from './RouteOutcome.ts';
import { signInAs } from './signInAs.ts';

const INVITES = '/api/projects/:projectId/calibration-sessions/:sessionId/invites';
const JOIN = '/api/join/:secret';
const HOUR_MS = 3_600_000;

/** Runs the join in one transaction; a refusal thrown inside it comes back as a refusal. */
async function runJoin(
  metaStore: MetaStore,
  request: { tokenHash: string; user: UserRow },
): Promise<RouteOutcome<CalibrationSessionRow>> {
  try {
    return await metaStore.transaction((store) => joinCalibrationSession(store, request));
  } catch (error) {
    if (error instanceof TransactionRefused) return error.refusal;
    // Another join took the same username between our check and our insert.
    if (await metaStore.findUserByUsername(request.user.username)) {
      const message = `the username '${request.user.username}' is taken; choose another`;
      return refusal(409, 'username_taken', message, 'username');
    }
    throw error;
  }
}

/**
 * One-time join links for calibration sessions: trainers and admins make and list them; anyone
 * holding one reads what it is for and, once, makes an account that joins the session as a trainee.
 */
export function joinRoutes(dependencies: RouteDependencies): Hono<HttpEnv> {
  const { metaStore, requireUser, recheckAccess, logger } = dependencies;
  // Failed uses of links per address: secrets cannot be guessed, but trying should still cost time.
  const throttle = new LoginThrottle();
  const routes = new Hono<HttpEnv>();

  /** The session in the path, when the project (which the user manages) has it. */
  const readManagedSession = async (c: Context<HttpEnv>, action: string) => {
    const project = await readManagedProject(c, metaStore, action);
    if (project instanceof Response) return project;
    const sessionId = c.req.param('sessionId') ?? '';
    const session = await metaStore.getCalibrationSession(sessionId);
    if (!session || session.projectId !== project.projectId) {
      const message = `project '${project.projectId}' has no calibration session '${sessionId}'`;
      return errorResponse(c, 404, 'not_found', message, 'sessionId');
    }
    return session;
  };

  routes.post(INVITES, requireUser, jsonBodyLimit, async (c) => {
    const session = await readManagedSession(c, 'invite trainees');
    if (session instanceof Response) return session;
    if (session.closedAtMs !== null) {
      const message = `calibration session '${session.id}' is closed; start a new one to invite trainees`;
      return errorResponse(c, 409, 'closed', message, 'sessionId');
    }
    const body = await readJsonBody(c, createInvitesRequestSchema);
    if (body instanceof Response) return body;
    const createdAtMs = Date.now();
    const expiresAtMs = createdAtMs + body.expiresInHours * HOUR_MS;
    const secrets = Array.from({ length: body.count }, newInviteSecret);
    const createdBy = c.get('user').id;
    await metaStore.transaction(async (store) => {
      for (const secret of secrets) {
        const tokenHash = hashInviteSecret(secret);
        const row = { tokenHash, sessionId: session.id, createdBy, createdAtMs, expiresAtMs };
        await store.createCalibrationInvite({ ...row, usedBy: null, usedAtMs: null });
      }
    });
    logger.info({ session: session.id, count: body.count, by: createdBy }, 'join links made');
    const invites = secrets.map((secret) => ({ path: joinPath(secret), expiresAtMs }));
    return c.json<CreateInvitesResponse>({ invites }, 201);
  });

  routes.get(INVITES, requireUser, async (c) => {
    const session = await readManagedSession(c, 'see join links');
    if (session instanceof Response) return session;
    const nowMs = Date.now();
    const rows = await metaStore.listCalibrationInvites(session.id);
    const invites = await Promise.all(rows.map((row) => toInviteSummary(metaStore, row, nowMs)));
    return c.json<InvitesResponse>({ invites });
  });

  /** The refusal to send when the address tried too many bad links; null when it may try. */
  const throttled = (c: Context<HttpEnv>) => {
    const waitMs = throttle.retryAfterMs(remoteAddressOf(c));
    if (waitMs === 0) return null;
    const waitMinutes = Math.ceil(waitMs / 60_000);
    c.header('Retry-After', String(Math.ceil(waitMs / 1000)));
    const message = `too many invalid join links from your address; try again in ${waitMinutes} minute${waitMinutes === 1 ? '' : 's'}`;
    return errorResponse(c, 429, 'too_many_attempts', message);
  };

  /** Sends a refusal, counting the failed use of a link against the address. */
  const refuse = (c: Context<HttpEnv>, refused: Exclude<RouteOutcome<unknown>, { ok: true }>) => {
    if (refused.status === 404 || refused.status === 410)
      throttle.recordFailure(remoteAddressOf(c));
    return errorResponse(c, refused.status, refused.code, refused.message, refused.field);
  };

  /** The hash of the link's secret in the path, or null when it cannot be a secret. */
  const tokenHashOf = (c: Context<HttpEnv>) => {
    const secret = c.req.param('secret') ?? '';
    return JOIN_SECRET_PATTERN.test(secret) ? hashInviteSecret(secret) : null;
  };

  routes.get(JOIN, async (c) => {
    const waiting = throttled(c);
    if (waiting) return waiting;
    const tokenHash = tokenHashOf(c);
    const checked = tokenHash
      ? await checkInvite(metaStore, tokenHash, Date.now())
      : refusal(404, 'not_found', INVITE_REFUSALS.notValid);
    if (!checked.ok) return refuse(c, checked);
    const { invite, session } = checked.value;
    const project = await metaStore.getProject(session.projectId);
    const trainer = await metaStore.getUser(session.trainerId);
    return c.json<JoinDescription>({
      projectName: project?.name ?? session.projectId,
      sessionName: session.name,
      trainerName: trainer?.name ?? session.trainerId,
      expiresAtMs: invite.expiresAtMs,
    });
  });

  routes.post(JOIN, jsonBodyLimit, async (c) => {
    const waiting = throttled(c);
    if (waiting) return waiting;
    const tokenHash = tokenHashOf(c);
    if (!tokenHash) return refuse(c, refusal(404, 'not_found', INVITE_REFUSALS.notValid));
    const body = await readJsonBody(c, joinRequestSchema);
    if (body instanceof Response) return body;
    // Checked before the password is hashed, so a dead link costs no scrypt.
    const usable = await checkInvite(metaStore, tokenHash, Date.now());
    if (!usable.ok) return refuse(c, usable);
    const user: UserRow = {
      id: randomUUID(),
      username: body.username,
      name: body.name,
      colour: newUserColour(),
      passwordHash: await hashPassword(body.password),
    };
    const joined = await runJoin(metaStore, { tokenHash, user });
    if (!joined.ok) return refuse(c, joined);
    await recheckAccess();
    const session = joined.value;
    logger.info(
      { projectId: session.projectId, session: session.id, userId: user.id },
      'trainee joined with a link',
    );
    const login = await signInAs(c, dependencies, user);
    return c.json<JoinResponse>(
      { ...login, projectId: session.projectId, sessionId: session.id },
      201,
    );
  });

  return routes;
}
