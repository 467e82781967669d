import type { Context } from 'hono';
import { peakBucketsQuerySchema } from '../../shared/protocol/peaks.ts';
import { Hono } from 'hono';
import type { PeaksOutcome } from '../media/peaks/PeaksOutcome.ts';
import { PEAKS_FAILURE_STATUS } from '../media/peaks/PeaksOutcome.ts';
import { checkPeakBucketRange } from './checkPeakBucketRange.ts';
import { errorResponse } from './errorResponse.ts';
import type { HttpEnv } from './HttpEnv.ts';
import { readQuery } from './readQuery.ts';
import { readVisibleMedia } from './readVisibleMedia.ts';
import type { RouteDependencies } from './RouteDependencies.ts';

function failure(c: Context, outcome: Extract<PeaksOutcome<never>, { ok: false }>): Response {
  return errorResponse(c, PEAKS_FAILURE_STATUS[outcome.code], outcome.code, outcome.message);
}

/**
 * GET /media/:mediaId/peaks: the waveform's levels as JSON; GET /media/:mediaId/peaks/buckets?
 * level=&from=&count=: that range of one level as int8 min/max pairs. Members of the project only.
 */
export function peaksRoutes(dependencies: RouteDependencies): Hono<HttpEnv> {
  const { metaStore, peaks, requireUser } = dependencies;
  const routes = new Hono<HttpEnv>();

  routes.get('/media/:mediaId/peaks', requireUser, async (c) => {
    const media = await readVisibleMedia(c, metaStore);
    if (media instanceof Response) return media;
    const description = await peaks.describe(media);
    if (!description.ok) return failure(c, description);
    c.header('Cache-Control', 'private, no-cache');
    return c.json(description.value);
  });

  routes.get('/media/:mediaId/peaks/buckets', requireUser, async (c) => {
    const media = await readVisibleMedia(c, metaStore);
    if (media instanceof Response) return media;
    const query = readQuery(c, peakBucketsQuerySchema);
    if (query instanceof Response) return query;
    const description = await peaks.describe(media);
    if (!description.ok) return failure(c, description);
    const range = checkPeakBucketRange(description.value, query);
    if (!range.ok) return errorResponse(c, 400, 'invalid_request', range.message, range.field);
    const bytes = await peaks.readBuckets(media, query.level, query.from, query.count);
    if (!bytes.ok) return failure(c, bytes);
    return new Response(bytes.value, {
      headers: {
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(bytes.value.byteLength),
        'Cache-Control': 'private, no-cache',
      },
    });
  });

  return routes;
}
