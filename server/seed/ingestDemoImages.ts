import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { ingestImageSet } from '../media/images/ingestImageSet.ts';
import type { IngestContext, IngestOutcome } from '../media/ingestMedia.ts';
import { ingestMedia } from '../media/ingestMedia.ts';
import type { MetaStore } from '../storage/MetaStore.ts';
import { DEMO_PROJECT } from './demoUsers.ts';

/** The demo's image set: four frames of the demo video (samples/makeDemoImages.sh), in name order. */
export const DEMO_IMAGE_SET_ITEM = {
  id: 'street-frames',
  name: 'Street frames (image set)',
} as const;

/** The demo's single image: one frame of the demo video. */
export const DEMO_IMAGE_ITEM = { id: 'street-still', name: 'Street still (image)' } as const;

const IMAGE_SET_DIR = fileURLToPath(new URL('../../samples/street-frames', import.meta.url));
const IMAGE_PATH = fileURLToPath(new URL('../../samples/street-still.png', import.meta.url));

function ingestSet(context: IngestContext): Promise<IngestOutcome> {
  const images = fs
    .readdirSync(IMAGE_SET_DIR)
    .sort()
    .map((name) => ({ name, bytes: fs.readFileSync(path.join(IMAGE_SET_DIR, name)) }));
  return ingestImageSet(context, {
    projectId: DEMO_PROJECT.id,
    itemId: DEMO_IMAGE_SET_ITEM.id,
    itemName: DEMO_IMAGE_SET_ITEM.name,
    images,
  });
}

function ingestSingle(context: IngestContext): Promise<IngestOutcome> {
  return ingestMedia(context, {
    projectId: DEMO_PROJECT.id,
    itemId: DEMO_IMAGE_ITEM.id,
    itemName: DEMO_IMAGE_ITEM.name,
    openSource: () => fs.createReadStream(IMAGE_PATH),
    declaredSizeBytes: fs.statSync(IMAGE_PATH).size,
  });
}

/** Adds the demo's image items (an image set and a single image) through the same ingest as uploads. */
export async function ingestDemoImages(dependencies: {
  config: Config;
  metaStore: MetaStore;
  logger: Logger;
}): Promise<void> {
  const { config, metaStore, logger } = dependencies;
  if (!fs.existsSync(IMAGE_SET_DIR) || !fs.existsSync(IMAGE_PATH)) {
    logger.warn('demo images not found; the demo project has no image items');
    return;
  }
  const context: IngestContext = {
    dataDir: config.dataDir,
    maxUploadBytes: config.maxUploadBytes,
    metaStore,
  };
  for (const [itemId, ingest] of [
    [DEMO_IMAGE_SET_ITEM.id, ingestSet],
    [DEMO_IMAGE_ITEM.id, ingestSingle],
  ] as const) {
    const outcome = await ingest(context);
    if (!outcome.ok) {
      logger.error({ itemId, reason: outcome.message }, 'demo images were not ingested');
    }
  }
}
