import type { Context } from 'hono';
import { ingestImageSet } from '../media/images/ingestImageSet.ts';
import type { IngestContext, IngestOutcome, IngestRequest } from '../media/ingestMedia.ts';
import { ingestMedia, itemExists } from '../media/ingestMedia.ts';
import type { HttpEnv } from './HttpEnv.ts';
import { isMultipartUpload, readImageParts } from './readImageParts.ts';

/**
 * Ingests an upload's body: an image set when it is a multipart form (frame i is the i-th file),
 * one media file (video, audio or a single image) otherwise. A malformed form is answered at once.
 */
export async function ingestUpload(
  c: Context<HttpEnv>,
  context: IngestContext,
  request: IngestRequest,
): Promise<IngestOutcome | Response> {
  if (!isMultipartUpload(c)) return ingestMedia(context, request);
  if (await context.metaStore.getItem(request.projectId, request.itemId)) {
    return itemExists(request);
  }
  const images = await readImageParts(c, context.maxUploadBytes);
  if (images instanceof Response) return images;
  return ingestImageSet(context, { ...request, images });
}
