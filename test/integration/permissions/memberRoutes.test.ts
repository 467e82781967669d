import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberResponse } from '../../../shared/protocol/members.ts';
import { createUser } from '../testServer.ts';
import { StaffedProject } from './StaffedProject.ts';

const PROJECT = 'street';
const members = `/api/projects/${PROJECT}/members`;

let project: StaffedProject;

beforeAll(async () => {
  project = await StaffedProject.start({
    adam: 'admin',
    tina: 'trainer',
    rita: 'reviewer',
    bob: 'annotator',
  });
  await createUser(project.testServer.metaStore, 'newcomer');
});

afterAll(() => project.close());

describe('roles over HTTP', () => {
  it('sets a role and says what it was before', async () => {
    const reply = await project.as('tina')<MemberResponse>('POST', members, {
      username: 'newcomer',
      role: 'viewer',
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ role: 'viewer', previousRole: null });
    expect(reply.body.user.username).toBe('newcomer');
    const again = await project.as('tina')<MemberResponse>('POST', members, {
      username: 'newcomer',
      role: 'annotator',
    });
    expect(again.body).toMatchObject({ role: 'annotator', previousRole: 'viewer' });
  });

  it('keeps the admin role in admins’ hands and never leaves a project without an admin', async () => {
    const byTrainer = await project.as('tina')('POST', members, { username: 'bob', role: 'admin' });
    expect(byTrainer.status).toBe(403);
    expect(byTrainer.body.error.field).toBe('role');
    const lastAdmin = await project.as('adam')('POST', members, {
      username: 'adam',
      role: 'trainer',
    });
    expect(lastAdmin.status).toBe(409);
    expect(lastAdmin.body.error.message).toMatch(/adam is the last admin of project 'street'/);
    expect(await project.testServer.metaStore.roleOf(PROJECT, project.person('adam').id)).toBe(
      'admin',
    );
  });

  it.each([
    [{ username: 'ghost', role: 'viewer' }, 404, 'username'],
    [{ username: 'bob', role: 'owner' }, 400, 'role'],
    [{ role: 'viewer' }, 400, 'username'],
  ])('refuses %j with %i, naming the field', async (body, status, field) => {
    const reply = await project.as('tina')('POST', members, body);
    expect(reply.status).toBe(status);
    expect(reply.body.error.field).toBe(field);
  });

  it('lets a reviewer change no one’s role', async () => {
    const reply = await project.as('rita')('POST', members, { username: 'bob', role: 'viewer' });
    expect(reply.status).toBe(403);
    expect(reply.body.error.message).toMatch(/only admins and trainers can change roles/);
  });
});
