import type { Context } from 'hono';
import type { MediaRow, MetaStore } from '../storage/MetaStore.ts';
import { errorResponse } from './errorResponse.ts';
import type { HttpEnv } from './HttpEnv.ts';
import { readPathId } from './readPathId.ts';

/**
 * The media named by the path's `:mediaId`, when the user is a member of its project; otherwise
 * the 400 or 404 response (the same 404 whether it does not exist or belongs to another project).
 */
export async function readVisibleMedia(
  c: Context<HttpEnv>,
  metaStore: MetaStore,
): Promise<MediaRow | Response> {
  const mediaId = readPathId(c, 'mediaId');
  if (mediaId instanceof Response) return mediaId;
  const media = await metaStore.getMedia(mediaId);
  if (!media || (await metaStore.roleOf(media.projectId, c.get('user').id)) === null) {
    const message = `there is no media '${mediaId}' you can see`;
    return errorResponse(c, 404, 'not_found', message, 'mediaId');
  }
  return media;
}
