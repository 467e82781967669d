import { projectDocumentName } from '../../../shared/doc/documentName.ts';
import { SERVER_ORIGIN } from '../../../shared/doc/origins.ts';
import { writeLabelSchema } from '../../../shared/doc/projectSchemaDoc.ts';
import type { Role } from '../../../shared/protocol/http.ts';
import type { ExchangeDependencies } from '../../../server/exchange/ExchangeDependencies.ts';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import { ClientPool } from '../collab/ClientPool.ts';
import { addMember } from '../http/addMember.ts';
import { uploadDemoMedia } from '../http/uploadMedia.ts';
import type { TestServer } from '../testServer.ts';
import { startTestServer, tokenFor } from '../testServer.ts';

/** A project member the tests act as, over HTTP, the socket and the command line. */
export interface Member {
  user: UserRow;
  username: string;
  password: string;
  token: string;
}

/** A real server with a project, its label schema, members of each role and a video item. */
export interface ExchangeServer {
  testServer: TestServer;
  url: string;
  pool: ClientPool;
  projectId: string;
  /** An item with the demo video (600 frames at 30000/1001, 20 020 ms). */
  itemId: string;
  admin: Member;
  trainer: Member;
  annotator: Member;
  /** What export and import run on, for tests that call them directly. */
  dependencies: ExchangeDependencies;
  /** Uploads the demo video again as another item; returns its id. */
  addVideoItem(name: string): Promise<string>;
  close(): Promise<void>;
}

export const PROJECT_ID = 'street';

async function member(testServer: TestServer, username: string, role: Role): Promise<Member> {
  const password = `${username}-secret-password`;
  const userId = await addMember(testServer.metaStore, {
    username,
    password,
    role,
    projectId: PROJECT_ID,
  });
  const user = (await testServer.metaStore.getUser(userId)) as UserRow;
  return { user, username, password, token: await tokenFor(user) };
}

/**
 * Starts the server and sets up the project: label `car`, tiers `words` (transcript) and `events`,
 * the three-point skeleton `person`, relation types `drives` and `says`.
 */
export async function startExchangeServer(): Promise<ExchangeServer> {
  const testServer = await startTestServer();
  const { server } = testServer;
  const admin = await member(testServer, 'ada', 'admin');
  const trainer = await member(testServer, 'tim', 'trainer');
  const annotator = await member(testServer, 'ann', 'annotator');
  await server.collab.serverWrite(projectDocumentName(PROJECT_ID, 'schema'), (doc) =>
    writeLabelSchema(
      doc,
      {
        labels: [{ id: 'car', name: 'Car', colour: '#1f77b4', hotkey: 'c' }],
        tiers: [
          { id: 'words', name: 'Words', kind: 'transcript' },
          { id: 'events', name: 'Events', kind: 'segments' },
        ],
        skeletons: [
          {
            id: 'person',
            name: 'Person',
            points: [
              { id: 'head', name: 'Head' },
              { id: 'left-foot', name: 'Left foot' },
              { id: 'right-foot', name: 'Right foot' },
            ],
            edges: [
              [0, 1],
              [0, 2],
            ],
          },
        ],
        relationTypes: [
          { id: 'drives', name: 'Drives', colour: '#2ca02c' },
          { id: 'says', name: 'Says', colour: '#d62728' },
        ],
      },
      SERVER_ORIGIN,
    ),
  );
  const addVideoItem = async (name: string) =>
    (await uploadDemoMedia(server.url, admin.token, PROJECT_ID, name)).id;
  const pool = new ClientPool(testServer.collabUrl);
  return {
    testServer,
    url: server.url,
    pool,
    projectId: PROJECT_ID,
    itemId: await addVideoItem('Street scene'),
    admin,
    trainer,
    annotator,
    dependencies: {
      metaStore: server.metaStore,
      documentStore: server.documentStore,
      collab: server.collab,
    },
    addVideoItem,
    async close() {
      pool.destroyAll();
      await testServer.close();
    },
  };
}
