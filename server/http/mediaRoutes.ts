import fs from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';
import { mediaDirectory } from '../media/mediaPaths.ts';
import { errorResponse } from './errorResponse.ts';
import { fileRangeResponse } from './fileRangeResponse.ts';
import type { HttpEnv } from './HttpEnv.ts';
import { readVisibleMedia } from './readVisibleMedia.ts';
import type { RouteDependencies } from './RouteDependencies.ts';

/** GET /media/:mediaId: the bytes, with range requests, for members of the media's project only. */
export function mediaRoutes(dependencies: RouteDependencies): Hono<HttpEnv> {
  const { config, metaStore, logger, requireUser } = dependencies;
  const routes = new Hono<HttpEnv>();

  routes.get('/media/:mediaId', requireUser, async (c) => {
    const media = await readVisibleMedia(c, metaStore);
    if (media instanceof Response) return media;
    const mediaId = media.id;
    const filePath = path.join(mediaDirectory(config.dataDir), media.fileName);
    const stats = await fs.stat(filePath).catch(() => undefined);
    if (!stats?.isFile()) {
      logger.error({ mediaId, filePath }, 'media file is missing from the data folder');
      const message = `the file of media '${mediaId}' is missing on the server`;
      return errorResponse(c, 500, 'media_missing', message);
    }
    // Media bytes never change under an id, so the digest is a strong validator.
    const etag = `"${media.sha256.slice(0, 32)}"`;
    return fileRangeResponse(
      { filePath, sizeBytes: stats.size, mimeType: media.mimeType, etag },
      c.req.raw,
    );
  });

  return routes;
}
