import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { signToken } from '../../../server/auth/tokens.ts';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import type { TestServer } from '../testServer.ts';
import {
  createMember,
  createProjectWithItem,
  createUser,
  startTestServer,
  tokenFor,
} from '../testServer.ts';
import { ClientPool } from './ClientPool.ts';
import { acknowledged, refusal } from './waitUntil.ts';

let testServer: TestServer;
let pool: ClientPool;
let annotator: UserRow;
let documentName: string;

beforeAll(async () => {
  testServer = await startTestServer();
  pool = new ClientPool(testServer.collabUrl);
  const { projectId, itemId } = await createProjectWithItem(testServer.metaStore);
  annotator = await createMember(testServer.metaStore, projectId, 'ada', 'annotator');
  documentName = itemDocumentName(projectId, itemId, 'main');
});

afterAll(async () => {
  pool.destroyAll();
  await testServer.close();
});

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** An unsigned token that claims to be the user: the classic `alg: none` forgery. */
function unsignedToken(user: UserRow): string {
  const header = base64url({ alg: 'none', typ: 'JWT' });
  const nowSeconds = Math.floor(Date.now() / 1000);
  const claims = base64url({
    sub: user.id,
    username: user.username,
    iss: 'concord',
    iat: nowSeconds,
    exp: nowSeconds + 3600,
  });
  return `${header}.${claims}.`;
}

async function expectRefused(token: string, reason: RegExp): Promise<void> {
  const provider = pool.open(documentName, token);
  expect(await refusal(provider)).toMatch(reason);
  expect(provider.isSynced).toBe(false);
}

describe('the collaboration socket', () => {
  it('refuses an expired token', async () => {
    await expectRefused(await tokenFor(annotator, 60, Date.now() - 2 * 3600_000), /expired/);
  });

  it('refuses a token signed with another key', async () => {
    const { token } = await signToken('some-other-secret-0123456789', annotator, 3600);
    await expectRefused(token, /signature/);
  });

  it('refuses an unsigned token with alg none', async () => {
    await expectRefused(unsignedToken(annotator), /not accepted|malformed/);
  });

  it('refuses a missing token', async () => {
    await expectRefused('', /no token/);
  });

  it('refuses a user with no role in the project', async () => {
    await expectRefused(
      await tokenFor(await createUser(testServer.metaStore, 'outsider')),
      /not a member of project street/,
    );
  });

  it('refuses an item that does not exist', async () => {
    const provider = pool.open(
      itemDocumentName('street', 'no-such-item', 'main'),
      await tokenFor(annotator),
    );
    expect(await refusal(provider)).toMatch(/does not exist/);
  });

  it('stores nothing for refused connections and still serves a valid token', async () => {
    expect(await testServer.server.documentStore.listDocumentNames()).toEqual([]);
    const provider = pool.open(documentName, await tokenFor(annotator));
    await acknowledged(provider);
    expect(await testServer.server.documentStore.listDocumentNames()).toEqual([documentName]);
  });
});
