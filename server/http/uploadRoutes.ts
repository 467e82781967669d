import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import type { Role } from '../../shared/protocol/http.ts';
import { PROJECT_OR_ITEM_ID_PATTERN } from '../../shared/schema/ids.ts';
import type { IngestFailureCode, IngestRequest } from '../media/ingestMedia.ts';
import type { MetaStore } from '../storage/MetaStore.ts';
import { chooseItemId } from './chooseItemId.ts';
import { describeZodError } from './describeZodError.ts';
import { errorResponse } from './errorResponse.ts';
import type { HttpEnv } from './HttpEnv.ts';
import { ingestUpload } from './ingestUpload.ts';
import { readMembership } from './readMembership.ts';
import type { RouteDependencies } from './RouteDependencies.ts';
import { toItemSummary } from './toItemSummary.ts';

const UPLOADER_ROLES: readonly Role[] = ['admin', 'trainer'];

const STATUS_OF_INGEST_FAILURE: Record<IngestFailureCode, ContentfulStatusCode> = {
  too_large: 413,
  unsupported_media_type: 415,
  unreadable_media: 422,
  item_exists: 409,
  invalid_image_set: 422,
};

const uploadQuerySchema = z.object({
  name: z
    .string({ error: 'the item needs a name: add ?name=<name> to the URL' })
    .trim()
    .min(1, 'the item name must not be empty')
    .max(200, 'the item name must be at most 200 characters'),
  id: z
    .string()
    .regex(PROJECT_OR_ITEM_ID_PATTERN, `must match ${PROJECT_OR_ITEM_ID_PATTERN.source}`)
    .optional(),
});

/** Checks who uploads and what the URL says, without touching the body, so a refusal costs nothing. */
async function readUploadRequest(
  c: Context<HttpEnv>,
  metaStore: MetaStore,
): Promise<IngestRequest | Response> {
  const membership = await readMembership(c, metaStore);
  if (membership instanceof Response) return membership;
  const { projectId, role } = membership;
  if (!UPLOADER_ROLES.includes(role)) {
    const message = `only admins and trainers can add items to project '${projectId}'; your role is ${role}`;
    return errorResponse(c, 403, 'forbidden', message);
  }
  const query = uploadQuerySchema.safeParse({ name: c.req.query('name'), id: c.req.query('id') });
  if (!query.success) {
    const { message, field } = describeZodError(query.error);
    return errorResponse(c, 400, 'invalid_request', message, field);
  }
  const declaredLength = Number(c.req.header('content-length'));
  if (declaredLength === 0) {
    return errorResponse(c, 400, 'empty_body', "send the media file's bytes as the request body");
  }
  const itemName = query.data.name;
  return {
    projectId,
    itemId: query.data.id ?? (await chooseItemId(metaStore, projectId, itemName)),
    itemName,
    declaredSizeBytes: Number.isFinite(declaredLength) ? declaredLength : undefined,
    openSource: () => {
      const body = c.req.raw.body;
      return body ? Readable.fromWeb(body as NodeReadableStream<Uint8Array>) : Readable.from([]);
    },
  };
}

/**
 * POST /api/projects/:projectId/items?name=&id=: the raw media bytes (video, audio or one image)
 * become a new item, or several images sent as multipart/form-data become an image set.
 */
export function uploadRoutes(dependencies: RouteDependencies): Hono<HttpEnv> {
  const { config, metaStore, peaks, logger, requireUser } = dependencies;
  const routes = new Hono<HttpEnv>();

  routes.post('/api/projects/:projectId/items', requireUser, async (c) => {
    const request = await readUploadRequest(c, metaStore);
    if (request instanceof Response) return request;
    const outcome = await ingestUpload(
      c,
      { dataDir: config.dataDir, maxUploadBytes: config.maxUploadBytes, metaStore },
      request,
    );
    if (outcome instanceof Response) return outcome;
    if (!outcome.ok) {
      // The body may be half read; a reused connection would start mid-upload.
      if (outcome.code === 'too_large') c.header('Connection', 'close');
      const field = outcome.code === 'item_exists' ? 'id' : undefined;
      const status = STATUS_OF_INGEST_FAILURE[outcome.code];
      return errorResponse(c, status, outcome.code, outcome.message, field);
    }
    const { item, media } = outcome;
    // Computed now, so the waveform is ready when someone opens the item.
    peaks.prepare(media);
    logger.info(
      { projectId: item.projectId, itemId: item.id, mediaId: media.id, sizeBytes: media.sizeBytes },
      'media item added',
    );
    return c.json(toItemSummary(item, media), 201);
  });

  return routes;
}
