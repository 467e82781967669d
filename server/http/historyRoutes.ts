import type { Context } from 'hono';
import { Hono } from 'hono';
import type {
  HistoryChangesResponse,
  HistoryTimelineResponse,
} from '../../shared/protocol/history.ts';
import { createAuthorLookup } from '../history/createAuthorLookup.ts';
import { layerStateAt } from '../history/layerStateAt.ts';
import { objectChangesBetween } from '../history/objectChangesBetween.ts';
import { readTimeline } from '../history/readTimeline.ts';
import type { RestoreDependencies } from '../history/restoreLayer.ts';
import { restoreLayer } from '../history/restoreLayer.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import { errorResponse } from './errorResponse.ts';
import {
  changesQuerySchema,
  restoreBodySchema,
  stateQuerySchema,
  timelineQuerySchema,
} from './historyRequestSchemas.ts';
import type { HttpEnv } from './HttpEnv.ts';
import { jsonBodyLimit } from './jsonBodyLimit.ts';
import { readHistoryLayer } from './readHistoryLayer.ts';
import { readJsonBody } from './readJsonBody.ts';
import { readQuery } from './readQuery.ts';
import type { RouteDependencies } from './RouteDependencies.ts';

/** What the history routes read the log from and restore through. */
export interface HistoryRouteDependencies extends RouteDependencies {
  documentStore: Pick<DocumentStore, 'readLog' | 'checkpointAsOf'>;
  collab: RestoreDependencies['collab'];
}

type Handler = (c: Context<HttpEnv>) => Promise<Response>;

const HISTORY = '/api/projects/:projectId/items/:itemId/layers/:layer/history';

function noteSkipped(
  dependencies: HistoryRouteDependencies,
  documentName: string,
  skippedSeqs: readonly number[],
): void {
  if (skippedSeqs.length === 0) return;
  dependencies.logger.warn(
    { documentName, skippedSeqs },
    'history left out unreadable log entries',
  );
}

function stateHandler(dependencies: HistoryRouteDependencies): Handler {
  return async (c) => {
    const layer = await readHistoryLayer(c, dependencies.metaStore);
    if (layer instanceof Response) return layer;
    const query = readQuery(c, stateQuerySchema);
    if (query instanceof Response) return query;
    const { documentStore } = dependencies;
    const { skippedSeqs, ...state } = await layerStateAt(
      documentStore,
      layer.documentName,
      query.at,
    );
    noteSkipped(dependencies, layer.documentName, skippedSeqs);
    return c.json(state);
  };
}

function changesHandler(dependencies: HistoryRouteDependencies): Handler {
  return async (c) => {
    const layer = await readHistoryLayer(c, dependencies.metaStore);
    if (layer instanceof Response) return layer;
    const query = readQuery(c, changesQuerySchema);
    if (query instanceof Response) return query;
    const found = await objectChangesBetween(dependencies.documentStore, layer.documentName, query);
    noteSkipped(dependencies, layer.documentName, found.skippedSeqs);
    const authorOf = createAuthorLookup(dependencies.metaStore);
    const changes = await Promise.all(
      found.changes.map(async ({ userId, ...change }) => ({
        ...change,
        user: await authorOf(userId),
      })),
    );
    const body: HistoryChangesResponse = {
      fromMs: query.fromMs,
      toMs: query.toMs,
      truncated: found.truncated,
      changes,
    };
    return c.json(body);
  };
}

function timelineHandler(dependencies: HistoryRouteDependencies): Handler {
  return async (c) => {
    const layer = await readHistoryLayer(c, dependencies.metaStore);
    if (layer instanceof Response) return layer;
    const query = readQuery(c, timelineQuerySchema);
    if (query instanceof Response) return query;
    const { documentStore, metaStore } = dependencies;
    const page = await readTimeline(documentStore, layer.documentName, query.afterSeq, query.limit);
    const authorOf = createAuthorLookup(metaStore);
    const entries = await Promise.all(
      page.entries.map(async ({ userId, ...entry }) => ({
        ...entry,
        user: await authorOf(userId),
      })),
    );
    const body: HistoryTimelineResponse = { entries, nextAfterSeq: page.nextAfterSeq };
    return c.json(body);
  };
}

function restoreHandler(dependencies: HistoryRouteDependencies): Handler {
  return async (c) => {
    const layer = await readHistoryLayer(c, dependencies.metaStore);
    if (layer instanceof Response) return layer;
    if (layer.access !== 'write') {
      const message =
        'you may read this layer but not change it, so you cannot restore it; ask a project admin for write access';
      return errorResponse(c, 403, 'forbidden', message);
    }
    const body = await readJsonBody(c, restoreBodySchema);
    if (body instanceof Response) return body;
    const restored = await restoreLayer(dependencies, {
      documentName: layer.documentName,
      atMs: body.at,
      objectId: body.objectId ?? null,
      userId: c.get('user').id,
    });
    if (!restored.ok) return errorResponse(c, 404, 'not_found', restored.error, 'objectId');
    return c.json(restored.value);
  };
}

/** The update log read as history: a layer at a time, who changed what, the timeline, restore. */
export function historyRoutes(dependencies: HistoryRouteDependencies): Hono<HttpEnv> {
  const { requireUser } = dependencies;
  const routes = new Hono<HttpEnv>();
  routes.get(`${HISTORY}/state`, requireUser, stateHandler(dependencies));
  routes.get(`${HISTORY}/changes`, requireUser, changesHandler(dependencies));
  routes.get(`${HISTORY}/timeline`, requireUser, timelineHandler(dependencies));
  routes.post(`${HISTORY}/restore`, requireUser, jsonBodyLimit, restoreHandler(dependencies));
  return routes;
}
