import type { Context } from 'hono';
import { Hono } from 'hono';
import { itemDocumentName } from '../../shared/doc/documentName.ts';
import { assignmentLayerOf, GOLD_LAYER } from '../../shared/doc/layerKind.ts';
import type {
  HoneypotScoresResponse,
  HoneypotsResponse,
  HoneypotSummary,
} from '../../shared/protocol/honeypots.ts';
import { createHoneypotsRequestSchema } from '../../shared/protocol/honeypots.ts';
import type { ReportDependencies } from '../calibration/buildSessionReport.ts';
import { layerHasContent } from '../exchange/clearLayerContent.ts';
import { readLayerDocument } from '../exchange/readLayerDocument.ts';
import { readNativeLayer } from '../exchange/readNativeLayer.ts';
import type { PlannedHoneypot } from '../honeypots/createHoneypots.ts';
import { createHoneypots } from '../honeypots/createHoneypots.ts';
import { newHoneypotItemId } from '../honeypots/newHoneypotItemId.ts';
import { planHoneypots } from '../honeypots/planHoneypots.ts';
import { scoreHoneypots } from '../honeypots/scoreHoneypots.ts';
import { writeGoldCopies } from '../honeypots/writeGoldCopies.ts';
import type { HoneypotRow, MetaStore } from '../storage/MetaStore.ts';
import { errorResponse } from './errorResponse.ts';
import { refusalThrownBy } from './TransactionRefused.ts';
import type { HttpEnv } from './HttpEnv.ts';
import { jsonBodyLimit } from './jsonBodyLimit.ts';
import { readJsonBody } from './readJsonBody.ts';
import { readManagedProject } from './readManagedProject.ts';
import type { RouteDependencies } from './RouteDependencies.ts';

const HONEYPOTS = '/api/projects/:projectId/honeypots';

export type HoneypotRouteDependencies = RouteDependencies & ReportDependencies;

async function summaries(
  metaStore: MetaStore,
  rows: readonly HoneypotRow[],
): Promise<HoneypotSummary[]> {
  const usernames = new Map<string, string>();
  for (const userId of new Set(rows.map((row) => row.userId))) {
    usernames.set(userId, (await metaStore.getUser(userId))?.username ?? userId);
  }
  return rows.map((row) => ({
    itemId: row.itemId,
    sourceItemId: row.sourceItemId,
    username: usernames.get(row.userId) ?? row.userId,
    assignmentId: row.assignmentId,
    layer: assignmentLayerOf(row.assignmentId),
    queuePosition: row.queuePosition,
    createdAtMs: row.createdAtMs,
  }));
}

/**
 * Honeypots: trainers and admins copy a gold item under new item ids, one blind copy per
 * annotator mixed into their queue at a chosen rate, and read each annotator's gold scores.
 */
export function honeypotRoutes(dependencies: HoneypotRouteDependencies): Hono<HttpEnv> {
  const { metaStore, documentStore, collab, requireUser, recheckAccess, logger } = dependencies;
  const routes = new Hono<HttpEnv>();

  /** The source's gold as the native format holds it, or why it cannot be copied. */
  const readSourceGold = async (c: Context<HttpEnv>, projectId: string, itemId: string) => {
    const gold = itemDocumentName(projectId, itemId, GOLD_LAYER);
    const hasGold =
      (await documentStore.hasDocument(gold)) &&
      (await readLayerDocument(collab, gold, layerHasContent));
    if (!hasGold) {
      const message = `item '${itemId}' has no gold layer to copy into honeypots; author or import gold first`;
      return errorResponse(c, 422, 'no_gold', message, 'sourceItemId');
    }
    return readLayerDocument(collab, gold, (doc) => readNativeLayer(doc, GOLD_LAYER));
  };

  routes.post(HONEYPOTS, requireUser, jsonBodyLimit, async (c) => {
    const project = await readManagedProject(c, metaStore, 'make honeypots');
    if (project instanceof Response) return project;
    const { projectId } = project;
    const body = await readJsonBody(c, createHoneypotsRequestSchema);
    if (body instanceof Response) return body;
    const source = await metaStore.getItem(projectId, body.sourceItemId);
    if (!source) {
      const message = `project '${projectId}' has no item '${body.sourceItemId}'`;
      return errorResponse(c, 404, 'not_found', message, 'sourceItemId');
    }
    const gold = await readSourceGold(c, projectId, source.id);
    if (gold instanceof Response) return gold;
    const plans = await planHoneypots(metaStore, projectId, body);
    if (!plans.ok) return errorResponse(c, plans.status, plans.code, plans.message, plans.field);
    const createdBy = c.get('user').id;
    const planned: PlannedHoneypot[] = [];
    for (const annotator of plans.value) {
      for (const queuePosition of annotator.queuePositions) {
        const itemId = await newHoneypotItemId(metaStore, documentStore, projectId);
        planned.push({ itemId, annotator, queuePosition });
      }
    }
    const itemIds = planned.map((each) => each.itemId);
    await writeGoldCopies(collab, { projectId, itemIds, userId: createdBy }, gold);
    let rows: HoneypotRow[];
    try {
      rows = await metaStore.transaction((store) =>
        createHoneypots(store, { source, createdBy }, planned),
      );
    } catch (error) {
      const { status, code, message, field } = refusalThrownBy(error);
      return errorResponse(c, status, code, message, field);
    }
    await recheckAccess();
    logger.info(
      { projectId, sourceItemId: source.id, honeypots: rows.length, by: createdBy },
      'honeypots made',
    );
    return c.json<HoneypotsResponse>({ honeypots: await summaries(metaStore, rows) }, 201);
  });

  routes.get(HONEYPOTS, requireUser, async (c) => {
    const project = await readManagedProject(c, metaStore, 'list honeypots');
    if (project instanceof Response) return project;
    const rows = await metaStore.listHoneypots(project.projectId);
    return c.json<HoneypotsResponse>({ honeypots: await summaries(metaStore, rows) });
  });

  routes.get(`${HONEYPOTS}/scores`, requireUser, async (c) => {
    const project = await readManagedProject(c, metaStore, 'read honeypot scores');
    if (project instanceof Response) return project;
    return c.json<HoneypotScoresResponse>(await scoreHoneypots(dependencies, project.projectId));
  });

  return routes;
}
