import { afterAll, beforeAll, describe, it } from 'vitest';
import { openPostgresStores } from '../../../server/storage/postgres/openPostgresStores.ts';
import type { TestPostgres } from '../storage/startPostgres.ts';
import { postgresSkipReason, startPostgres } from '../storage/startPostgres.ts';
import { runKillDuringEditing } from './runKillDuringEditing.ts';

const skipReason = postgresSkipReason();
if (skipReason) console.warn(skipReason);

describe.skipIf(skipReason !== null)(
  'a server on PostgreSQL killed with SIGKILL while people edit',
  () => {
    let cluster: TestPostgres | undefined;
    let databaseUrl = '';

    beforeAll(async () => {
      cluster = await startPostgres();
      // As the SQLite run uses SQLITE_SYNCHRONOUS=normal: this kills Concord, not PostgreSQL, so a
      // commit only has to be visible to survive; a disk flush per commit (PostgreSQL's default)
      // on a shared CI disk takes longer than these clients take between edits.
      databaseUrl = await cluster.createDatabase('kill_during_editing', {
        synchronous_commit: 'off',
      });
    });

    afterAll(async () => {
      await cluster?.stop();
    });

    it('keeps every edit it acknowledged before it died', () =>
      runKillDuringEditing({
        env: { DATABASE_URL: databaseUrl },
        openStores: (_dataDir, options) => openPostgresStores(databaseUrl, options),
        // Each acknowledgement waits for a round trip to PostgreSQL (SQLite's is a local write), so
        // at SQLite's pace a 2-core runner never catches up with the fastest annotator.
        editIntervalsMs: [4, 6, 8],
      }));
  },
);
