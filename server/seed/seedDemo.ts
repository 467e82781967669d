import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type * as Y from 'yjs';
import { projectDocumentName } from '../../shared/doc/documentName.ts';
import { SERVER_ORIGIN } from '../../shared/doc/origins.ts';
import { writeLabelSchema } from '../../shared/doc/projectSchemaDoc.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Config } from '../config.ts';
import { ingestMedia } from '../media/ingestMedia.ts';
import type { MediaRow, MetaStore, UserRow } from '../storage/MetaStore.ts';
import { DEMO_LABEL_SCHEMA } from './demoLabelSchema.ts';
import { ingestDemoImages } from './ingestDemoImages.ts';
import { seedReviewDemo } from './seedReviewDemo.ts';
import {
  DEFAULT_DEMO_PASSWORD,
  DEMO_AUDIO_ITEM,
  DEMO_ITEM,
  DEMO_PROJECT,
  DEMO_USERS,
} from './demoUsers.ts';
import type { DemoLogin } from './listDemoLogins.ts';
import { listDemoLogins } from './listDemoLogins.ts';

/** The sample video the demo item is made from. */
export const DEMO_MEDIA_PATH = fileURLToPath(new URL('../../samples/demo.mp4', import.meta.url));

/** The sample speech the demo's audio-only item is made from. */
export const DEMO_AUDIO_PATH = fileURLToPath(
  new URL('../../samples/interview.m4a', import.meta.url),
);

export interface SeedDemoDependencies {
  config: Config;
  metaStore: MetaStore;
  collab: { serverWrite(documentName: string, write: (doc: Y.Doc) => void): Promise<void> };
  logger: Logger;
  /** @default samples/demo.mp4 */
  demoMediaPath?: string;
  /** @default samples/interview.m4a */
  demoAudioPath?: string;
  /** Told of each ingested media, to compute its waveform peaks in the background. */
  peaks?: { prepare(media: MediaRow): void };
}

/** Whether this start created the demo, and the logins to print either way. */
export interface DemoSeed {
  created: boolean;
  logins: DemoLogin[];
}

async function createDemoUsers(metaStore: MetaStore, password: string): Promise<void> {
  const users: Array<UserRow & { role: (typeof DEMO_USERS)[number]['role'] }> = [];
  for (const demoUser of DEMO_USERS) {
    users.push({ ...demoUser, id: randomUUID(), passwordHash: await hashPassword(password) });
  }
  await metaStore.transaction(async (store) => {
    await store.createProject({ id: DEMO_PROJECT.id, name: DEMO_PROJECT.name });
    for (const { role, ...user } of users) {
      await store.createUser(user);
      await store.setMembership(DEMO_PROJECT.id, user.id, role);
    }
  });
}

async function ingestDemoMedia(
  dependencies: SeedDemoDependencies,
  mediaPath: string,
  demoItem: { id: string; name: string },
): Promise<void> {
  const { config, metaStore, logger } = dependencies;
  if (!fs.existsSync(mediaPath)) {
    logger.warn({ mediaPath }, `demo media not found; the demo project has no item ${demoItem.id}`);
    return;
  }
  const outcome = await ingestMedia(
    { dataDir: config.dataDir, maxUploadBytes: config.maxUploadBytes, metaStore },
    {
      projectId: DEMO_PROJECT.id,
      itemId: demoItem.id,
      itemName: demoItem.name,
      openSource: () => fs.createReadStream(mediaPath),
      declaredSizeBytes: fs.statSync(mediaPath).size,
    },
  );
  if (!outcome.ok) {
    logger.error({ mediaPath, reason: outcome.message }, 'demo media was not ingested');
    return;
  }
  dependencies.peaks?.prepare(outcome.media);
}

/**
 * On a database without users: creates the demo users, the demo project with the sample video
 * and the sample speech (through the same ingest as uploads), its label schema and the review
 * demo (the video labelled blind by both annotators). Otherwise changes nothing.
 */
export async function seedDemo(dependencies: SeedDemoDependencies): Promise<DemoSeed> {
  const { config, metaStore, collab, logger } = dependencies;
  if ((await metaStore.listUsers()).length > 0) {
    return { created: false, logins: await listDemoLogins(config, metaStore) };
  }
  await createDemoUsers(metaStore, config.demoPassword ?? DEFAULT_DEMO_PASSWORD);
  await ingestDemoMedia(dependencies, dependencies.demoMediaPath ?? DEMO_MEDIA_PATH, DEMO_ITEM);
  await ingestDemoMedia(
    dependencies,
    dependencies.demoAudioPath ?? DEMO_AUDIO_PATH,
    DEMO_AUDIO_ITEM,
  );
  await ingestDemoImages(dependencies);
  await collab.serverWrite(projectDocumentName(DEMO_PROJECT.id, 'schema'), (doc) =>
    writeLabelSchema(doc, DEMO_LABEL_SCHEMA, SERVER_ORIGIN),
  );
  const usersByName = new Map(
    (await metaStore.listUsers()).map((user) => [user.username, user.id]),
  );
  await seedReviewDemo(metaStore, collab, usersByName);
  logger.info({ projectId: DEMO_PROJECT.id, users: DEMO_USERS.length }, 'demo project seeded');
  return { created: true, logins: await listDemoLogins(config, metaStore) };
}
