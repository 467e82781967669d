import { afterAll, beforeAll, describe } from 'vitest';
import { openPostgresStores } from '../../../server/storage/postgres/openPostgresStores.ts';
import { describeStorageSuite } from './describeStorageSuite.ts';
import type { TestPostgres } from './startPostgres.ts';
import { postgresSkipReason, startPostgres } from './startPostgres.ts';

const skipReason = postgresSkipReason();
if (skipReason) console.warn(skipReason);

describe.skipIf(skipReason !== null)('on a throw-away PostgreSQL cluster', () => {
  let cluster: TestPostgres | undefined;
  const databases = new Map<string, Promise<string>>();

  beforeAll(async () => {
    cluster = await startPostgres();
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  function urlOf(databaseName: string): Promise<string> {
    if (!cluster) throw new Error('the PostgreSQL cluster did not start; see the beforeAll error');
    let url = databases.get(databaseName);
    if (!url) {
      url = cluster.createDatabase(databaseName);
      databases.set(databaseName, url);
    }
    return url;
  }

  describeStorageSuite('PostgreSQL', async (databaseName, options) =>
    openPostgresStores(await urlOf(databaseName), options),
  );
});
