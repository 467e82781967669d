import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';
import { ClientPool } from './ClientPool.ts';
import { acknowledged, refusal } from './waitUntil.ts';

let testServer: TestServer;
let pool: ClientPool;
let adminToken: string;

beforeAll(async () => {
  testServer = await startTestServer();
  pool = new ClientPool(testServer.collabUrl);
  const { projectId } = await createProjectWithItem(testServer.metaStore, 'street', 'clip-1');
  adminToken = await tokenFor(await createMember(testServer.metaStore, projectId, 'root', 'admin'));
});

afterAll(async () => {
  pool.destroyAll();
  await testServer.close();
});

const MALFORMED: Array<[string, string, RegExp]> = [
  ['path traversal', '../../etc/passwd', /three parts|project id/],
  ['path traversal inside a part', 'street/../main', /item id/],
  ['SQL in the layer', "street/clip-1/main'; DROP TABLE document_updates; --", /layer/],
  ['a NUL character', 'street/clip-1/ma\u0000in', /layer/],
  ['a newline', 'street/clip-1/main\n', /layer/],
  ['an escape sequence', 'street/clip-1/\u001b[31mmain', /layer/],
  ['too long', `street/clip-1/${'a'.repeat(300)}`, /characters long/],
  ['too few parts', 'street/clip-1', /three parts/],
  ['too many parts', 'street/clip-1/main/extra', /three parts/],
  ['upper case', 'Street/clip-1/main', /project id/],
  ['an unknown project-level document', 'street/_/secrets', /project-level document/],
];

async function filesIn(directory: string): Promise<string[]> {
  return (await fs.readdir(directory, { recursive: true })).map(String).sort();
}

describe('a malformed document name', () => {
  it.each(MALFORMED)(
    'is refused before storage when it has %s',
    async (_description, name, reason) => {
      const { server, dataDir } = testServer;
      const filesBefore = await filesIn(dataDir);

      const provider = pool.open(name, adminToken);
      expect(await refusal(provider)).toMatch(reason);

      expect(await server.documentStore.hasDocument(name)).toBe(false);
      expect(
        (await server.documentStore.listDocumentNames()).filter(
          (stored) => stored !== 'street/clip-1/main',
        ),
      ).toEqual([]);
      expect(server.collab.hocuspocus.documents.has(name)).toBe(false);
      expect(await filesIn(dataDir)).toEqual(filesBefore);
    },
  );

  it('does not disturb other documents on the same socket', async () => {
    const socket = pool.socket();
    const refused = MALFORMED.map(([, name]) => pool.open(name, adminToken, { socket }));
    const good = pool.open(itemDocumentName('street', 'clip-1', 'main'), adminToken, { socket });
    await Promise.all(refused.map((provider) => refusal(provider)));
    await acknowledged(good);
    expect(await testServer.server.documentStore.listDocumentNames()).toEqual([
      'street/clip-1/main',
    ]);
  });
});
