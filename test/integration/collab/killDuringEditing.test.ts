import { describe, it } from 'vitest';
import { openSqliteStores } from '../../../server/storage/sqlite/openSqliteStores.ts';
import { runKillDuringEditing } from './runKillDuringEditing.ts';

describe('a server on SQLite killed with SIGKILL while people edit', () => {
  it('keeps every edit it acknowledged before it died', () =>
    runKillDuringEditing({
      env: {},
      openStores: (dataDir, options) => openSqliteStores(dataDir, 'normal', options),
      editIntervalsMs: [2, 3, 4],
    }));
});
