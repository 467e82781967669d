import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { ASSIGNMENT_ID_PATTERN } from '../../../shared/doc/layerKind.ts';
import type { AssignmentsResponse } from '../../../shared/protocol/assignments.ts';
import { createUser } from '../testServer.ts';
import { StaffedProject } from './StaffedProject.ts';

const PROJECT = 'street';

let project: StaffedProject;

const assignmentsOf = (itemId: string) => `/api/projects/${PROJECT}/items/${itemId}/assignments`;

beforeAll(async () => {
  project = await StaffedProject.start({
    adam: 'admin',
    tina: 'trainer',
    rita: 'reviewer',
    ada: 'annotator',
    bob: 'annotator',
    cy: 'annotator',
  });
  await createUser(project.testServer.metaStore, 'newcomer');
});

afterAll(() => project.close());

describe('assignments over HTTP', () => {
  it('assigns one item blind to several annotators at once, each in a layer of their own', async () => {
    const itemId = await project.newItem();
    const created = await project.as('tina')<AssignmentsResponse>('POST', assignmentsOf(itemId), {
      usernames: ['ada', 'bob', 'cy'],
      mode: 'blind',
    });
    expect(created.status).toBe(201);
    const { assignments } = created.body;
    expect(assignments.map((each) => [each.username, each.mode])).toEqual([
      ['ada', 'blind'],
      ['bob', 'blind'],
      ['cy', 'blind'],
    ]);
    for (const assignment of assignments) {
      expect(assignment.id).toMatch(ASSIGNMENT_ID_PATTERN);
      expect(assignment.layer).toBe(`a.${assignment.id}`);
      expect(assignment.documentName).toBe(itemDocumentName(PROJECT, itemId, assignment.layer));
    }
    expect(new Set(assignments.map((each) => each.layer)).size).toBe(3);
  });

  it('refuses a second blind assignment until the first is revealed, then starts a new layer', async () => {
    const itemId = await project.newItem();
    const first = await project.as('tina')<AssignmentsResponse>('POST', assignmentsOf(itemId), {
      usernames: ['ada'],
      mode: 'blind',
    });
    const again = await project.as('tina')('POST', assignmentsOf(itemId), {
      usernames: ['ada'],
      mode: 'blind',
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'already_assigned', field: 'usernames.0' });

    const revealed = await project.as('tina')<AssignmentsResponse>(
      'POST',
      `${assignmentsOf(itemId)}/reveal`,
    );
    expect(revealed.status).toBe(200);
    expect(revealed.body.assignments[0]?.mode).toBe('revealed');
    const nothingLeft = await project.as('tina')('POST', `${assignmentsOf(itemId)}/reveal`, {});
    expect(nothingLeft.status).toBe(409);
    expect(nothingLeft.body.error.message).toBe(
      `item '${itemId}' has no blind assignments to reveal`,
    );

    const cohort = await project.as('tina')<AssignmentsResponse>('POST', assignmentsOf(itemId), {
      usernames: ['ada'],
      mode: 'blind',
    });
    expect(cohort.status).toBe(201);
    expect(cohort.body.assignments[0]?.layer).not.toBe(first.body.assignments[0]?.layer);
  });

  it('reveals only the assignments named, and names the one it cannot find', async () => {
    const itemId = await project.newItem();
    const created = await project.as('adam')<AssignmentsResponse>('POST', assignmentsOf(itemId), {
      usernames: ['ada', 'bob'],
      mode: 'blind',
    });
    const [adaId, bobId] = created.body.assignments.map((each) => each.id);
    const missing = await project.as('adam')('POST', `${assignmentsOf(itemId)}/reveal`, {
      assignmentIds: [adaId, 'nope'],
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ field: 'assignmentIds.1' });
    const one = await project.as('adam')<AssignmentsResponse>(
      'POST',
      `${assignmentsOf(itemId)}/reveal`,
      {
        assignmentIds: [adaId],
      },
    );
    expect(one.body.assignments.map((each) => each.id)).toEqual([adaId]);
    const stored = await project.testServer.metaStore.listAssignmentsOfItem(PROJECT, itemId);
    expect(Object.fromEntries(stored.map((each) => [each.id, each.mode]))).toEqual({
      [adaId as string]: 'revealed',
      [bobId as string]: 'blind',
    });
  });

  it.each([
    [{ usernames: [], mode: 'blind' }, 400, 'usernames', 'name at least one annotator'],
    [{ usernames: ['ada'], mode: 'alone' }, 400, 'mode', "mode must be 'shared'"],
    [
      { usernames: ['ada', 'ada'], mode: 'blind' },
      400,
      'usernames',
      'each username may appear once',
    ],
    [
      { usernames: ['ada', 'ghost'], mode: 'blind' },
      404,
      'usernames.1',
      "there is no user 'ghost'",
    ],
    [{ usernames: ['rita'], mode: 'blind' }, 422, 'usernames.0', 'rita is a reviewer'],
    [{ usernames: ['newcomer'], mode: 'shared' }, 422, 'usernames.0', 'not a member'],
  ])('refuses %j with %i, naming the field', async (body, status, field, message) => {
    const itemId = await project.newItem();
    const reply = await project.as('tina')('POST', assignmentsOf(itemId), body);
    expect(reply.status).toBe(status);
    expect(reply.body.error.field).toBe(field);
    expect(reply.body.error.message).toContain(message);
    expect(await project.testServer.metaStore.listAssignmentsOfItem(PROJECT, itemId)).toEqual([]);
  });

  it('lets only admins and trainers assign or reveal', async () => {
    const itemId = await project.newItem();
    for (const username of ['rita', 'ada']) {
      const reply = await project.as(username)('POST', assignmentsOf(itemId), {
        usernames: ['bob'],
        mode: 'blind',
      });
      expect(reply.status).toBe(403);
      expect(reply.body.error.message).toMatch(/only admins and trainers can assign annotators/);
    }
    expect((await project.as('ada')('POST', `${assignmentsOf(itemId)}/reveal`)).status).toBe(403);
  });
});
