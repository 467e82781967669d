import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestMedia } from '../../../server/media/ingestMedia.ts';
import { openDatabase } from '../../../server/storage/openDatabase.ts';
import { SqliteMetaStore } from '../../../server/storage/sqlite/SqliteMetaStore.ts';
import { DEMO_MEDIA_PATH, readDemoManifest } from './uploadMedia.ts';

const EBML_WEBM_HEAD = Buffer.from([
  0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84, 0x77, 0x65, 0x62, 0x6d,
]);

let dataDir: string;
let metaStore: SqliteMetaStore;
let closeDatabase: () => void;

function ingest(itemId: string, bytes: Buffer) {
  return ingestMedia(
    { dataDir, maxUploadBytes: 10 * 1024 * 1024, metaStore, ffprobePath: null },
    { projectId: 'street', itemId, itemName: itemId, openSource: () => Readable.from([bytes]) },
  );
}

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-noffprobe-'));
  const database = openDatabase(dataDir, 'normal');
  closeDatabase = () => database.close();
  metaStore = new SqliteMetaStore(database);
  await metaStore.createProject({ id: 'street', name: 'Street' });
});

afterAll(async () => {
  closeDatabase();
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('ingest on a machine without ffprobe', () => {
  it('still probes MP4 with the built-in reader', async () => {
    const outcome = await ingest('clip', await fs.readFile(DEMO_MEDIA_PATH));
    expect(outcome.ok).toBe(true);
    const { frameCount } = await readDemoManifest();
    if (outcome.ok) expect(outcome.media.frameCount).toBe(frameCount);
  });

  it('refuses WebM saying ffprobe is needed, storing nothing', async () => {
    const outcome = await ingest('webm-clip', Buffer.concat([EBML_WEBM_HEAD, Buffer.alloc(512)]));
    expect(outcome).toEqual({
      ok: false,
      code: 'unreadable_media',
      message:
        'WEBM files need ffprobe to be probed, and this server does not have it; install FFmpeg (which provides ffprobe) on the server, or upload MP4 or MOV',
    });
    expect(await metaStore.getItem('street', 'webm-clip')).toBeUndefined();
    expect(await fs.readdir(path.join(dataDir, 'media'))).toHaveLength(1);
    expect(await fs.readdir(path.join(dataDir, 'uploads'))).toEqual([]);
  });
});
