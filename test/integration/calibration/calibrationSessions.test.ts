import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GoldScore } from '../../../shared/agreement/goldScores.ts';
import type { CalibrationReportData } from '../../../shared/calibration/CalibrationReportData.ts';
import { itemDocumentName, projectDocumentName } from '../../../shared/doc/documentName.ts';
import { saveGuidelineVersion } from '../../../shared/doc/guidelineVersions.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { renameLabel } from '../../../shared/doc/schemaEdits/renameLabel.ts';
import type {
  CalibrationSessionResponse,
  CalibrationSessionsResponse,
  SessionLayer,
} from '../../../shared/protocol/calibration.ts';
import type { ErrorBody } from '../../../shared/protocol/http.ts';
import { drawBoxTracks } from './drawBoxTracks.ts';
import { acknowledged } from '../collab/waitUntil.ts';
import { exportOverHttp } from '../exchange/exchangeHttp.ts';
import type { ExchangeServer, Member } from '../exchange/startExchangeServer.ts';
import { startExchangeServer } from '../exchange/startExchangeServer.ts';
import { callApi } from '../permissions/callApi.ts';
import { openedOrRefused } from '../permissions/probeAccess.ts';
import { runConcord } from '../runConcord.ts';
import { createMember, tokenFor } from '../testServer.ts';

let server: ExchangeServer;
let goldItem: string;
let bareItem: string;
let secondGoldItem: string;
let trainees: Record<'ann' | 'bea' | 'cid', { token: string; username: string }>;
let sessionPath: string;
let layers: SessionLayer[];

const sessionsPath = () => `/api/projects/${server.projectId}/calibration-sessions`;
const nameOf = (itemId: string, layer: string) => itemDocumentName(server.projectId, itemId, layer);
const asTrainer = <T = ErrorBody>(method: 'GET' | 'POST', route: string, body?: unknown) =>
  callApi<T>(server.url, server.trainer.token, method, route, body);

beforeAll(async () => {
  server = await startExchangeServer();
  goldItem = await server.addVideoItem('Calibration clip');
  bareItem = server.itemId;
  const { metaStore } = server.testServer;
  const trainee = async (username: string) => {
    const user = await createMember(metaStore, server.projectId, username, 'annotator');
    return { token: await tokenFor(user), username, userId: user.id };
  };
  const ann = { token: server.annotator.token, username: 'ann', userId: server.annotator.user.id };
  const [bea, cid] = [await trainee('bea'), await trainee('cid')];
  trainees = { ann, bea, cid };
  const trainer: Member = server.trainer;
  await drawBoxTracks(
    server.pool,
    { token: trainer.token, userId: trainer.user.id },
    nameOf(goldItem, 'gold'),
    [
      { id: 'gold-1', x: 10 },
      { id: 'gold-2', x: 200 },
    ],
  );
  secondGoldItem = await server.addVideoItem('Second calibration clip');
  await drawBoxTracks(
    server.pool,
    { token: trainer.token, userId: trainer.user.id },
    nameOf(secondGoldItem, 'gold'),
    [{ id: 'gold-3', x: 30 }],
  );
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('calibration sessions over HTTP', () => {
  it('refuses what cannot be calibrated, naming the field', async () => {
    const noGold = await asTrainer('POST', sessionsPath(), {
      name: 'Round 1',
      itemIds: [goldItem, bareItem],
      usernames: ['ann'],
    });
    expect(noGold.status).toBe(422);
    expect(noGold.body.error.field).toBe('itemIds.1');
    expect(noGold.body.error.message).toContain('no gold layer');
    const stranger = await asTrainer('POST', sessionsPath(), {
      name: 'Round 1',
      itemIds: [goldItem],
      usernames: ['ann', 'nobody'],
    });
    expect([stranger.status, stranger.body.error.field]).toEqual([404, 'usernames.1']);
    const noName = await asTrainer('POST', sessionsPath(), { itemIds: [goldItem], usernames: [] });
    expect(noName.status).toBe(400);
    const byTrainee = await callApi<ErrorBody>(
      server.url,
      trainees.ann.token,
      'POST',
      sessionsPath(),
      { name: 'Mine', itemIds: [goldItem], usernames: ['ann'] },
    );
    expect(byTrainee.status).toBe(403);
    // A trainee already working blind on the second item is refused after the first item's
    // assignments were written: they are rolled back with the rest.
    const busy = await asTrainer(
      'POST',
      `/api/projects/${server.projectId}/items/${secondGoldItem}/assignments`,
      {
        usernames: ['ann'],
        mode: 'blind',
      },
    );
    expect(busy.status).toBe(201);
    const late = await asTrainer('POST', sessionsPath(), {
      name: 'Round 1',
      itemIds: [goldItem, secondGoldItem],
      usernames: ['bea', 'ann'],
    });
    expect([late.status, late.body.error.field]).toEqual([409, 'usernames.1']);
    const { metaStore } = server.testServer;
    expect(await metaStore.listAssignmentsOfItem(server.projectId, goldItem)).toEqual([]);
    // Nothing was half-made by the refusals: no session, and ann can still be assigned.
    const listed = await asTrainer<CalibrationSessionsResponse>('GET', sessionsPath());
    expect(listed.body.sessions).toEqual([]);
  });

  it('starts blind layers for every trainee, each seeing only their own', async () => {
    const started = await asTrainer<CalibrationSessionResponse>('POST', sessionsPath(), {
      name: 'Round 1',
      itemIds: [goldItem],
      usernames: ['ann', 'bea', 'cid'],
    });
    expect(started.status).toBe(201);
    const { session } = started.body;
    expect(session.state).toBe('blind');
    expect(session.layers.map((each) => each.username).sort()).toEqual(['ann', 'bea', 'cid']);
    layers = session.layers;
    sessionPath = `${sessionsPath()}/${session.id}`;
    const seenByAnn = await callApi<CalibrationSessionResponse>(
      server.url,
      trainees.ann.token,
      'GET',
      sessionPath,
    );
    expect(seenByAnn.body.session.layers.map((each) => each.username)).toEqual(['ann']);
    expect(seenByAnn.body.session.trainees).toHaveLength(3);
  });

  it('refuses a trainee every other layer until the reveal, and grants them after', async () => {
    const own = layers.find((each) => each.username === 'ann') as SessionLayer;
    const other = layers.find((each) => each.username === 'bea') as SessionLayer;
    const probe = async (layer: string) => {
      const provider = server.pool.open(nameOf(goldItem, layer), trainees.ann.token);
      const verdict = await openedOrRefused(provider);
      provider.destroy();
      return verdict.opened;
    };
    expect(await probe(own.layer)).toBe(true);
    expect(await probe(other.layer)).toBe(false);
    expect(await probe('gold')).toBe(false);
    expect(await probe('agreement')).toBe(false);
    const revealed = await asTrainer<CalibrationSessionResponse>('POST', `${sessionPath}/reveal`);
    expect(revealed.body.session.state).toBe('revealed');
    expect(await probe(other.layer)).toBe(true);
    expect(await probe('gold')).toBe(true);
    const again = await asTrainer('POST', `${sessionPath}/reveal`);
    expect(again.status).toBe(409);
  });

  it('closes with a report whose scores are those of concord agreement on the export', async () => {
    const layerOf = (username: string) =>
      (layers.find((each) => each.username === username) as SessionLayer).layer;
    const userIdOf = async (username: string) =>
      (await server.testServer.metaStore.findUserByUsername(username))?.id as string;
    // ann matches gold, bea finds one of two, cid draws one box far off.
    await drawBoxTracks(
      server.pool,
      { token: trainees.ann.token, userId: await userIdOf('ann') },
      nameOf(goldItem, layerOf('ann')),
      [
        { id: 'ann-1', x: 12 },
        { id: 'ann-2', x: 198 },
      ],
    );
    await drawBoxTracks(
      server.pool,
      { token: trainees.bea.token, userId: await userIdOf('bea') },
      nameOf(goldItem, layerOf('bea')),
      [{ id: 'bea-1', x: 14 }],
    );
    await drawBoxTracks(
      server.pool,
      { token: trainees.cid.token, userId: await userIdOf('cid') },
      nameOf(goldItem, layerOf('cid')),
      [{ id: 'cid-1', x: 400 }],
    );
    // Mid-session the trainer renames the label every box carries and saves the guidelines.
    const trainerAuthor = { userId: server.trainer.user.id, name: server.trainer.user.name };
    const schema = server.pool.open(
      projectDocumentName(server.projectId, 'schema'),
      server.trainer.token,
    );
    await acknowledged(schema);
    expect(renameLabel(schema.document, 'car', 'Vehicle', LOCAL_ORIGIN).ok).toBe(true);
    await acknowledged(schema);
    const guidelines = server.pool.open(
      projectDocumentName(server.projectId, 'guidelines'),
      server.trainer.token,
    );
    await acknowledged(guidelines);
    const request = { name: 'After round 1', author: trainerAuthor, nowMs: Date.now() };
    expect(saveGuidelineVersion(guidelines.document, request, LOCAL_ORIGIN).ok).toBe(true);
    await acknowledged(guidelines);
    const early = await asTrainer('GET', `${sessionPath}/report.json`);
    expect(early.status).toBe(409);
    const closed = await asTrainer<CalibrationSessionResponse>('POST', `${sessionPath}/close`);
    expect(closed.body.session.state).toBe('closed');
    const report = await asTrainer<CalibrationReportData>('GET', `${sessionPath}/report.json`);
    expect(report.status).toBe(200);
    const f1Of = (username: string) =>
      report.body.scores.find((each) => each.username === username)?.gold.spatial.f1;
    expect(f1Of('ann')).toBe(1);
    expect(f1Of('bea')).toBeCloseTo(2 / 3, 10);
    expect(f1Of('cid')).toBe(0);
    expect(report.body.agreement).toHaveLength(3);
    expect(
      report.body.guidelineChanges.map(({ by, document, description }) => [
        by,
        document,
        description,
      ]),
    ).toEqual([
      [server.trainer.user.name, 'schema', 'renamed label “Car” to “Vehicle”'],
      [server.trainer.user.name, 'guidelines', 'saved version “After round 1”'],
    ]);
    expect(report.body.timeline.length).toBeGreaterThan(0);
    // Gold's two cars, once per trainee: ann matched both, bea one, cid none.
    // Renamed, the label kept its id: every box is still attached to it.
    const car = report.body.labels.find((each) => each.labelId === 'car');
    expect([car?.labelName, car?.gold, car?.agreed]).toEqual(['Vehicle', 6, 3]);

    for (const format of ['csv', 'html']) {
      const file = await fetch(`${server.url}${sessionPath}/report.${format}`, {
        headers: { authorization: `Bearer ${server.trainer.token}` },
      });
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toContain(
        format === 'csv' ? 'text/csv' : 'text/html',
      );
      expect(await file.text()).toContain('Round 1');
    }
    const unknown = await asTrainer('GET', `${sessionPath}/report.pdf`);
    expect([unknown.status, unknown.body.error.field]).toEqual([404, 'format']);
    const byTrainee = await callApi(
      server.url,
      trainees.ann.token,
      'GET',
      `${sessionPath}/report.json`,
    );
    expect(byTrainee.status).toBe(403);

    const exported = await exportOverHttp(
      server.url,
      server.trainer.token,
      server.projectId,
      goldItem,
    );
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-calibration-'));
    const file = path.join(folder, 'item.json');
    await fs.writeFile(file, exported.text);
    const offline = await runConcord(['agreement', file]);
    expect(offline.code).toBe(0);
    const byCli = (JSON.parse(offline.stdout) as { gold: GoldScore[] }).gold;
    expect(report.body.scores.map((each) => each.gold)).toEqual(byCli);
    await fs.rm(folder, { recursive: true });
  });
});
