import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashInviteSecret } from '../../../server/calibration/hashInviteSecret.ts';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import type {
  CalibrationSessionResponse,
  CalibrationSessionSummary,
} from '../../../shared/protocol/calibration.ts';
import type { ErrorBody } from '../../../shared/protocol/http.ts';
import type {
  CreateInvitesResponse,
  InvitesResponse,
  JoinDescription,
  JoinResponse,
} from '../../../shared/protocol/join.ts';
import type { ExchangeServer } from '../exchange/startExchangeServer.ts';
import { startExchangeServer } from '../exchange/startExchangeServer.ts';
import type { ApiReply } from '../permissions/callApi.ts';
import { callApi } from '../permissions/callApi.ts';
import { openedOrRefused } from '../permissions/probeAccess.ts';
import { drawBoxTracks } from './drawBoxTracks.ts';

let server: ExchangeServer;
let goldItem: string;
let session: CalibrationSessionSummary;
let invitesPath: string;

const asTrainer = <T = ErrorBody>(method: 'GET' | 'POST', route: string, body?: unknown) =>
  callApi<T>(server.url, server.trainer.token, method, route, body);

/** Calls a join route as someone who is not signed in. */
async function callJoin<T = ErrorBody>(
  method: 'GET' | 'POST',
  secretPath: string,
  body?: unknown,
): Promise<ApiReply<T> & { cookie: string | null }> {
  const response = await fetch(`${server.url}/api${secretPath}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const cookie = response.headers.get('set-cookie');
  return { status: response.status, body: (await response.json()) as T, cookie };
}

async function newLink(): Promise<string> {
  const made = await asTrainer<CreateInvitesResponse>('POST', invitesPath, { count: 1 });
  expect(made.status).toBe(201);
  return (made.body.invites[0] as { path: string }).path;
}

const secretOf = (linkPath: string) => linkPath.slice('/join/'.length);

beforeAll(async () => {
  server = await startExchangeServer();
  goldItem = await server.addVideoItem('Calibration clip');
  const trainer = { token: server.trainer.token, userId: server.trainer.user.id };
  const gold = itemDocumentName(server.projectId, goldItem, 'gold');
  await drawBoxTracks(server.pool, trainer, gold, [{ id: 'gold-1', x: 10 }]);
  const sessionsPath = `/api/projects/${server.projectId}/calibration-sessions`;
  const started = await asTrainer<CalibrationSessionResponse>('POST', sessionsPath, {
    name: 'Round 1',
    itemIds: [goldItem],
    usernames: ['ann'],
  });
  session = started.body.session;
  invitesPath = `${sessionsPath}/${session.id}/invites`;
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('one-time join links for calibration sessions', () => {
  it('lets a trainer make links and refuses them to an annotator', async () => {
    const made = await asTrainer<CreateInvitesResponse>('POST', invitesPath, {
      count: 2,
      expiresInHours: 5,
    });
    expect(made.status).toBe(201);
    expect(made.body.invites).toHaveLength(2);
    for (const invite of made.body.invites) {
      expect(invite.path).toMatch(/^\/join\/[A-Za-z0-9_-]{43}$/);
      expect(invite.expiresAtMs - Date.now()).toBeGreaterThan(5 * 3_600_000 - 60_000);
    }
    const byAnnotator = await callApi<ErrorBody>(
      server.url,
      server.annotator.token,
      'POST',
      invitesPath,
      { count: 1 },
    );
    expect(byAnnotator.status).toBe(403);
    const tooMany = await asTrainer('POST', invitesPath, { count: 51 });
    expect([tooMany.status, tooMany.body.error.field]).toEqual([400, 'count']);
    const listed = await asTrainer<InvitesResponse>('GET', invitesPath);
    expect(listed.body.invites).toHaveLength(2);
    expect(JSON.stringify(listed.body)).not.toContain(secretOf(made.body.invites[0]?.path ?? ''));
  });

  it('describes a link to anyone who holds it, and nothing of a link that is not valid', async () => {
    const link = await newLink();
    const described = await callJoin<JoinDescription>('GET', link);
    expect(described.status).toBe(200);
    expect(described.body).toMatchObject({
      projectName: server.projectId,
      sessionName: 'Round 1',
      trainerName: 'tim',
    });
    const unknown = await callJoin('GET', `/join/${'A'.repeat(43)}`);
    expect([unknown.status, unknown.body.error.message]).toEqual([404, 'this link is not valid']);
    const malformed = await callJoin('GET', '/join/not-a-secret');
    expect(malformed.status).toBe(404);
  });

  it('makes the account, signs it in and gives it only its own blind layer', async () => {
    const link = await newLink();
    const joined = await callJoin<JoinResponse>('POST', link, {
      username: 'dora',
      name: 'Dora Trainee',
      password: 'dora-password',
    });
    expect(joined.status).toBe(201);
    expect(joined.body.user).toMatchObject({ username: 'dora', name: 'Dora Trainee' });
    expect([joined.body.projectId, joined.body.sessionId]).toEqual([server.projectId, session.id]);
    expect(joined.cookie).toContain(joined.body.token);
    const seen = await asTrainer<CalibrationSessionResponse>(
      'GET',
      `/api/projects/${server.projectId}/calibration-sessions/${session.id}`,
    );
    const layerOf = (username: string) =>
      seen.body.session.layers.find((each) => each.username === username)?.layer ?? '';
    expect(layerOf('dora')).toMatch(/^a\./);
    const opens = async (layer: string) => {
      const name = itemDocumentName(server.projectId, goldItem, layer);
      const provider = server.pool.open(name, joined.body.token);
      const verdict = await openedOrRefused(provider);
      provider.destroy();
      return verdict.opened;
    };
    expect(await opens(layerOf('dora'))).toBe(true);
    expect(await opens('gold')).toBe(false);
    expect(await opens(layerOf('ann'))).toBe(false);
    const login = await callJoin<JoinResponse>('POST', '/login', {
      username: 'dora',
      password: 'dora-password',
    });
    expect(login.status).toBe(200);
    const listed = await asTrainer<InvitesResponse>('GET', invitesPath);
    const used = listed.body.invites.filter((invite) => invite.usedBy !== null);
    expect(used.map((invite) => invite.usedBy?.username)).toEqual(['dora']);

    const again = await callJoin('POST', link, {
      username: 'dora2',
      name: 'Dora Again',
      password: 'dora-password',
    });
    expect([again.status, again.body.error.message]).toEqual([410, 'this link was already used']);
  });

  it('lets only one of two concurrent joins with one link make an account', async () => {
    const link = await newLink();
    const join = (username: string) =>
      callJoin<JoinResponse>('POST', link, { username, name: username, password: 'racing-pass' });
    const replies = await Promise.all([join('eve'), join('fay')]);
    expect(replies.map((reply) => reply.status).sort()).toEqual([201, 410]);
    const { metaStore } = server.testServer;
    const made = [
      await metaStore.findUserByUsername('eve'),
      await metaStore.findUserByUsername('fay'),
    ];
    expect(made.filter((user) => user !== undefined)).toHaveLength(1);
  });

  it('refuses an expired link', async () => {
    const secret = 'E'.repeat(43);
    await server.testServer.metaStore.createCalibrationInvite({
      tokenHash: hashInviteSecret(secret),
      sessionId: session.id,
      createdBy: server.trainer.user.id,
      createdAtMs: Date.now() - 10_000,
      expiresAtMs: Date.now() - 1,
      usedBy: null,
      usedAtMs: null,
    });
    const described = await callJoin('GET', `/join/${secret}`);
    expect([described.status, described.body.error.message]).toEqual([
      410,
      'this link has expired',
    ]);
    const joined = await callJoin('POST', `/join/${secret}`, {
      username: 'gus',
      name: 'Gus',
      password: 'gus-password',
    });
    expect(joined.status).toBe(410);
    expect(await server.testServer.metaStore.findUserByUsername('gus')).toBeUndefined();
  });

  it('refuses a taken username, naming the field, and keeps nothing of the attempt', async () => {
    const link = await newLink();
    const { metaStore } = server.testServer;
    const usersBefore = (await metaStore.listUsers()).length;
    const taken = await callJoin('POST', link, {
      username: 'ann',
      name: 'Another Ann',
      password: 'ann-password',
    });
    expect([taken.status, taken.body.error.field]).toEqual([409, 'username']);
    expect(taken.body.error.message).toContain("'ann' is taken");
    expect((await metaStore.listUsers()).length).toBe(usersBefore);
    const invite = await metaStore.getCalibrationInvite(hashInviteSecret(secretOf(link)));
    expect(invite?.usedBy).toBeNull();
    const short = await callJoin('POST', link, { username: 'hal', name: 'Hal', password: 'short' });
    expect([short.status, short.body.error.field]).toEqual([400, 'password']);
    const spaced = await callJoin('POST', link, {
      username: 'h a l',
      name: 'Hal',
      password: 'hal-password',
    });
    expect([spaced.status, spaced.body.error.field]).toEqual([400, 'username']);
    const later = await callJoin('POST', link, {
      username: 'hal',
      name: 'Hal',
      password: 'hal-password',
    });
    expect(later.status).toBe(201);
  });

  it('refuses links to a closed session', async () => {
    const link = await newLink();
    const sessionPath = `/api/projects/${server.projectId}/calibration-sessions/${session.id}`;
    expect((await asTrainer('POST', `${sessionPath}/close`)).status).toBe(200);
    const joined = await callJoin('POST', link, {
      username: 'ivy',
      name: 'Ivy',
      password: 'ivy-password',
    });
    expect(joined.status).toBe(410);
    const more = await asTrainer('POST', invitesPath, { count: 1 });
    expect(more.status).toBe(409);
  });

  // Last: it leaves this address throttled for the rest of the server's life.
  it('refuses every link for a while to an address that tried too many bad ones', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11 && !statuses.includes(429); attempt += 1) {
      statuses.push((await callJoin('GET', `/join/${String(attempt).padEnd(43, 'x')}`)).status);
    }
    expect(statuses.at(-1)).toBe(429);
    const response = await fetch(`${server.url}/api/join/${'A'.repeat(43)}`);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
