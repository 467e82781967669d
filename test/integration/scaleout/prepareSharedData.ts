import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import { openDatabase } from '../../../server/storage/openDatabase.ts';
import { SqliteMetaStore } from '../../../server/storage/sqlite/SqliteMetaStore.ts';
import { createMember, createProjectWithItem, makeDataDir } from '../testServer.ts';

/** A DATA_DIR several server processes will share: one item and one annotator per name. */
export interface SharedData {
  dataDir: string;
  documentName: string;
  users: UserRow[];
}

/** Creates the data before any server starts, so no two processes race to create tables. */
export async function prepareSharedData(usernames: readonly string[]): Promise<SharedData> {
  const dataDir = await makeDataDir();
  const database = openDatabase(dataDir, 'normal');
  try {
    const metaStore = new SqliteMetaStore(database);
    const { projectId, itemId } = await createProjectWithItem(metaStore);
    const users: UserRow[] = [];
    for (const username of usernames) {
      users.push(await createMember(metaStore, projectId, username, 'annotator'));
    }
    return { dataDir, documentName: itemDocumentName(projectId, itemId, 'main'), users };
  } finally {
    database.close();
  }
}
