import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { createSegment } from '../../../shared/doc/writeRecords.ts';
import type { AssignmentsResponse, QueueResponse } from '../../../shared/protocol/assignments.ts';
import { ClientPool } from '../collab/ClientPool.ts';
import { acknowledged } from '../collab/waitUntil.ts';
import { tokenFor } from '../testServer.ts';
import { StaffedProject } from './StaffedProject.ts';

const PROJECT = 'street';

let project: StaffedProject;
let pool: ClientPool;

const assignmentsOf = (itemId: string) => `/api/projects/${PROJECT}/items/${itemId}/assignments`;

beforeAll(async () => {
  project = await StaffedProject.start({ tina: 'trainer', ada: 'annotator', dee: 'annotator' });
  pool = new ClientPool(project.testServer.collabUrl);
});

afterAll(async () => {
  pool.destroyAll();
  await project.close();
});

describe("an annotator's queue", () => {
  it('lists their assignments with the objects in their layer, and the next one to do', async () => {
    const [blindItem, sharedItem, revealedItem] = [
      await project.newItem(),
      await project.newItem(),
      await project.newItem(),
    ];
    const assign = (itemId: string, mode: string) =>
      project.as('tina')<AssignmentsResponse>('POST', assignmentsOf(itemId), {
        usernames: ['dee'],
        mode,
      });
    await assign(revealedItem, 'blind');
    await project.as('tina')('POST', `${assignmentsOf(revealedItem)}/reveal`);
    const blind = (await assign(blindItem, 'blind')).body.assignments[0];
    await assign(sharedItem, 'shared');
    const dee = project.person('dee');
    const writeSegments = async (documentName: string, user: UserRow, count: number) => {
      const provider = pool.open(documentName, await tokenFor(user));
      await acknowledged(provider);
      for (let index = 0; index < count; index += 1) {
        const id = `${user.username}-${index}`;
        const segment = {
          id,
          tierId: 'words',
          startMs: index * 1000,
          endMs: index * 1000 + 500,
          labelId: null,
          speaker: null,
        };
        createSegment(provider.document, segment, { userId: user.id, nowMs: index }, LOCAL_ORIGIN);
      }
      await acknowledged(provider);
      provider.destroy();
    };
    await writeSegments(blind?.documentName as string, dee, 3);
    await writeSegments(itemDocumentName(PROJECT, sharedItem, 'main'), dee, 2);
    await writeSegments(itemDocumentName(PROJECT, sharedItem, 'main'), project.person('ada'), 4);

    const queue = await project.as('dee')<QueueResponse>('GET', '/api/me/queue');
    expect(queue.status).toBe(200);
    expect(
      queue.body.entries.map((entry) => [
        entry.assignment.itemId,
        entry.assignment.mode,
        entry.objectCount,
      ]),
    ).toEqual([
      [revealedItem, 'revealed', 0],
      [blindItem, 'blind', 3],
      [sharedItem, 'shared', 2],
    ]);
    expect(queue.body.next?.assignment.itemId).toBe(blindItem);
    expect(queue.body.next?.itemName).toBe(blindItem);
  });
});
