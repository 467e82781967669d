import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openSqliteStores } from '../../../server/storage/sqlite/openSqliteStores.ts';
import { describeStorageSuite } from './describeStorageSuite.ts';

let dataRoot = '';

beforeAll(async () => {
  dataRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-storage-'));
});

afterAll(async () => {
  if (dataRoot) await fs.rm(dataRoot, { recursive: true, force: true });
});

describeStorageSuite('SQLite, one process journalling', (databaseName, options) =>
  openSqliteStores(path.join(dataRoot, databaseName), 'normal', options),
);

describeStorageSuite('SQLite shared by several processes', (databaseName, options) =>
  openSqliteStores(path.join(dataRoot, `shared-${databaseName}`), 'normal', {
    ...options,
    sharedWithOtherProcesses: true,
  }),
);
