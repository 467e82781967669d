import fs from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';
import { mediaDirectory } from '../media/mediaPaths.ts';
import { errorResponse } from './errorResponse.ts';
import { fileRangeResponse } from './fileRangeResponse.ts';
import type { HttpEnv } from './HttpEnv.ts';
import { readVisibleMedia } from './readVisibleMedia.ts';
import type { RouteDependencies } from './RouteDependencies.ts';

const INDEX_PATTERN = /^(0|[1-9]\d{0,8})$/;

/** Where image `index` of an image item's media is served. */
export function imageFrameUrl(mediaId: string, index: number): string {
  return `/media/${encodeURIComponent(mediaId)}/frames/${index}`;
}

/** GET /media/:mediaId/frames/:index: one image of an image item, for members of its project only. */
export function imageFrameRoutes(dependencies: RouteDependencies): Hono<HttpEnv> {
  const { config, metaStore, logger, requireUser } = dependencies;
  const routes = new Hono<HttpEnv>();

  routes.get('/media/:mediaId/frames/:index', requireUser, async (c) => {
    const media = await readVisibleMedia(c, metaStore);
    if (media instanceof Response) return media;
    const indexText = c.req.param('index');
    if (!INDEX_PATTERN.test(indexText)) {
      const message = `'${indexText}' is not an image index: use a whole number from 0`;
      return errorResponse(c, 400, 'invalid_request', message, 'index');
    }
    const index = Number(indexText);
    const frame = await metaStore.getMediaFrame(media.id, index);
    if (!frame) {
      const count = (await metaStore.listMediaFrames(media.id)).length;
      const message =
        count === 0
          ? `media '${media.id}' is not an image item`
          : `media '${media.id}' has ${count} image${count === 1 ? '' : 's'} (0–${count - 1}); there is no image ${index}`;
      return errorResponse(c, 404, 'not_found', message, 'index');
    }
    const filePath = path.join(mediaDirectory(config.dataDir), frame.fileName);
    const stats = await fs.stat(filePath).catch(() => undefined);
    if (!stats?.isFile()) {
      logger.error(
        { mediaId: media.id, index, filePath },
        'image file is missing from the data folder',
      );
      const message = `image ${index} of media '${media.id}' is missing on the server`;
      return errorResponse(c, 500, 'media_missing', message);
    }
    // An image's bytes never change under its index, so its digest is a strong validator.
    const etag = `"${frame.sha256.slice(0, 32)}"`;
    return fileRangeResponse(
      { filePath, sizeBytes: stats.size, mimeType: frame.mimeType, etag },
      c.req.raw,
    );
  });

  return routes;
}
