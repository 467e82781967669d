import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import { itemDocumentName, projectDocumentName } from '../../../shared/doc/documentName.ts';
import type { Access, ItemDetail, Role } from '../../../shared/protocol/http.ts';
import { ROLES } from '../../../shared/protocol/http.ts';
import type { AssignmentState, MatrixLayer } from '../../unit/auth/expectedAccessMatrix.ts';
import {
  ASSIGNMENT_STATES,
  expectedAccess,
  MATRIX_LAYERS,
} from '../../unit/auth/expectedAccessMatrix.ts';
import { ClientPool } from '../collab/ClientPool.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';
import { probeAccess } from './probeAccess.ts';

const PROJECT = 'street';
const MODEL_LAYER = 'model.tracker';

let testServer: TestServer;
let pool: ClientPool;
const users = new Map<Role, UserRow>();

const itemOf = (state: AssignmentState) => `clip-${state}`;

/** The document a matrix cell names, for the user of `role`: their own assignment is `<role>-<state>`. */
function layerName(layer: MatrixLayer, role: Role, state: AssignmentState): string {
  const names: Partial<Record<MatrixLayer, string>> = {
    'a.own': `a.${role}-${state}`,
    'a.other': `a.other-${state}`,
    model: MODEL_LAYER,
    'review.own': `review.${role}-${state}`,
    'review.other': `review.other-${state}`,
  };
  return names[layer] ?? layer;
}

function documentNameOf(layer: MatrixLayer, role: Role, state: AssignmentState): string {
  if (layer === 'schema' || layer === 'guidelines') return projectDocumentName(PROJECT, layer);
  return itemDocumentName(PROJECT, itemOf(state), layerName(layer, role, state));
}

function cellKey(role: Role, layer: MatrixLayer, state: AssignmentState): string {
  return `${role} on ${layer} when ${state}`;
}

function expectedFor(role: Role): Record<string, Access> {
  const expected: Record<string, Access> = {};
  for (const layer of MATRIX_LAYERS) {
    for (const state of ASSIGNMENT_STATES) {
      expected[cellKey(role, layer, state)] = expectedAccess(layer, role, state);
    }
  }
  return expected;
}

async function assign(state: 'blind' | 'revealed', id: string, user: UserRow): Promise<void> {
  await testServer.metaStore.createAssignment({
    id,
    projectId: PROJECT,
    itemId: itemOf(state),
    userId: user.id,
    mode: state,
    createdBy: user.id,
    createdAtMs: Date.now(),
    revealedAtMs: state === 'revealed' ? Date.now() : null,
  });
}

beforeAll(async () => {
  testServer = await startTestServer();
  pool = new ClientPool(testServer.collabUrl);
  const { metaStore, server } = testServer;
  for (const state of ASSIGNMENT_STATES)
    await createProjectWithItem(metaStore, PROJECT, itemOf(state));
  for (const role of ROLES) users.set(role, await createMember(metaStore, PROJECT, role, role));
  const other = await createMember(metaStore, PROJECT, 'other', 'annotator');
  for (const state of ['blind', 'revealed'] as const) {
    // Only annotators are assigned through the API; a role changed later leaves the same state.
    for (const [role, user] of users) await assign(state, `${role}-${state}`, user);
    await assign(state, `other-${state}`, other);
  }
  for (const state of ASSIGNMENT_STATES) {
    await server.collab.serverWrite(itemDocumentName(PROJECT, itemOf(state), MODEL_LAYER), (doc) =>
      doc.getMap('objects').set('imported', true),
    );
  }
});

afterAll(async () => {
  pool.destroyAll();
  await testServer.close();
});

describe('the permission matrix', () => {
  it.each(ROLES)(
    'gives a %s over the socket exactly the access of the layer table, in every assignment state',
    async (role) => {
      const user = users.get(role) as UserRow;
      const token = await tokenFor(user);
      const socket = pool.socket();
      // Project-level documents are one document in every state: probe each name once.
      const keysByDocument = new Map<string, string[]>();
      for (const layer of MATRIX_LAYERS) {
        for (const state of ASSIGNMENT_STATES) {
          const documentName = documentNameOf(layer, role, state);
          const keys = keysByDocument.get(documentName) ?? [];
          keys.push(cellKey(role, layer, state));
          keysByDocument.set(documentName, keys);
        }
      }
      const actual: Record<string, Access> = {};
      await Promise.all(
        [...keysByDocument].map(async ([documentName, keys]) => {
          const access = await probeAccess(pool, socket, {
            documentName,
            token,
            userId: user.id,
            documentStore: testServer.server.documentStore,
          });
          for (const key of keys) actual[key] = access;
        }),
      );
      expect(actual).toEqual(expectedFor(role));
    },
  );

  it.each(ROLES)(
    'lists to a %s over HTTP exactly the layers the layer table lets them open',
    async (role) => {
      const token = await tokenFor(users.get(role) as UserRow);
      const actual: Record<string, Access> = {};
      for (const state of ASSIGNMENT_STATES) {
        const response = await fetch(
          `${testServer.server.url}/api/projects/${PROJECT}/items/${itemOf(state)}`,
          { headers: { Authorization: `Bearer ${token}` } },
        );
        expect(response.status).toBe(200);
        const detail = (await response.json()) as ItemDetail;
        const listed = [...detail.layers, ...detail.projectDocuments];
        for (const layer of MATRIX_LAYERS) {
          const documentName = documentNameOf(layer, role, state);
          const found = listed.find((each) => each.documentName === documentName);
          actual[cellKey(role, layer, state)] = found?.access ?? 'none';
        }
      }
      expect(actual).toEqual(expectedFor(role));
    },
  );
});
