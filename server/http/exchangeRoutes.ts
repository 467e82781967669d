import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { encodeNativeItem } from '../../shared/formats/native/encodeNativeItem.ts';
import type { ExchangeDependencies } from '../exchange/ExchangeDependencies.ts';
import type { ExchangeErrorBody, ExchangeFailure } from '../exchange/ExchangeFailure.ts';
import { exportItem } from '../exchange/exportItem.ts';
import { importItem } from '../exchange/importItem.ts';
import { errorResponse } from './errorResponse.ts';
import type { HttpEnv } from './HttpEnv.ts';
import { readPathId } from './readPathId.ts';
import { readQuery } from './readQuery.ts';
import type { RouteDependencies } from './RouteDependencies.ts';

/** What the exchange routes read layers from and write them through. */
export interface ExchangeRouteDependencies extends RouteDependencies {
  documentStore: ExchangeDependencies['documentStore'];
  collab: ExchangeDependencies['collab'];
}

/** A dense one-hour item (720k keyframes) is about 60 MB of native JSON. */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;
const MAX_LISTED_PROBLEMS = 1000;
const ITEM_PATH = '/api/projects/:projectId/items/:itemId';

const importQuerySchema = z.object({
  replace: z
    .enum(['true', 'false'], { error: 'replace must be true or false' })
    .optional()
    .transform((value) => value === 'true'),
});

const importBodyLimit = bodyLimit({
  maxSize: MAX_IMPORT_BYTES,
  onError: (c) =>
    errorResponse(
      c,
      413,
      'body_too_large',
      `the file is larger than the import limit of ${MAX_IMPORT_BYTES / (1024 * 1024)} MiB`,
    ),
});

function failureResponse(c: Context, failure: ExchangeFailure): Response {
  const body: ExchangeErrorBody = {
    error: { code: failure.code, message: failure.message },
    problems: failure.problems.slice(0, MAX_LISTED_PROBLEMS),
    problemCount: failure.problems.length,
  };
  return c.json(body, failure.status);
}

function readItemPath(c: Context<HttpEnv>): { projectId: string; itemId: string } | Response {
  const projectId = readPathId(c, 'projectId');
  if (projectId instanceof Response) return projectId;
  const itemId = readPathId(c, 'itemId');
  if (itemId instanceof Response) return itemId;
  return { projectId, itemId };
}

/**
 * GET …/items/:itemId/export: the whole item as a native file (every layer the user may read).
 * POST …/items/:itemId/import[?replace=true]: a native file as the body, imported all or nothing.
 */
export function exchangeRoutes(dependencies: ExchangeRouteDependencies): Hono<HttpEnv> {
  const { requireUser, logger } = dependencies;
  const routes = new Hono<HttpEnv>();

  routes.get(`${ITEM_PATH}/export`, requireUser, async (c) => {
    const target = readItemPath(c);
    if (target instanceof Response) return target;
    const outcome = await exportItem(dependencies, { userId: c.get('user').id, ...target });
    if (!outcome.ok) return failureResponse(c, outcome);
    const bytes = new TextEncoder().encode(encodeNativeItem(outcome.value));
    return c.body(bytes, 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': `attachment; filename="${target.projectId}-${target.itemId}.concord.json"`,
      'Cache-Control': 'no-store',
    });
  });

  routes.post(`${ITEM_PATH}/import`, requireUser, importBodyLimit, async (c) => {
    const target = readItemPath(c);
    if (target instanceof Response) return target;
    const query = readQuery(c, importQuerySchema);
    if (query instanceof Response) return query;
    const userId = c.get('user').id;
    const fileText = await c.req.text();
    const outcome = await importItem(dependencies, { userId, ...target, fileText, ...query });
    if (!outcome.ok && outcome.status === 500) {
      logger.error({ userId, ...target, problems: outcome.problems }, outcome.message);
    }
    if (!outcome.ok) return failureResponse(c, outcome);
    logger.info({ userId, ...target, layers: outcome.summary.layers }, 'item imported');
    return c.json(outcome.summary);
  });

  return routes;
}
