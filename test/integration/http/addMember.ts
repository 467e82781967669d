import { randomUUID } from 'node:crypto';
import type { Role } from '../../../shared/protocol/http.ts';
import { hashPassword } from '../../../server/auth/passwords.ts';
import type { MetaStore } from '../../../server/storage/MetaStore.ts';

/** Creates a user (and the project, when new) and makes them a member with `role`. */
export async function addMember(
  metaStore: MetaStore,
  member: { username: string; password: string; role: Role; projectId: string },
): Promise<string> {
  const userId = randomUUID();
  await metaStore.createUser({
    id: userId,
    username: member.username,
    name: member.username,
    colour: '#1f77b4',
    passwordHash: await hashPassword(member.password),
  });
  if (!(await metaStore.getProject(member.projectId))) {
    await metaStore.createProject({ id: member.projectId, name: member.projectId });
  }
  await metaStore.setMembership(member.projectId, userId, member.role);
  return userId;
}
