import type { UserRow } from '../../../server/storage/MetaStore.ts';
import type { ErrorBody, Role } from '../../../shared/protocol/http.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';
import type { ApiReply } from './callApi.ts';
import { callApi } from './callApi.ts';

/** A test server with one project, its members by username, and items made on demand. */
export class StaffedProject {
  readonly projectId = 'street';
  readonly testServer: TestServer;
  private readonly people = new Map<string, { user: UserRow; token: string }>();
  private itemCount = 0;

  private constructor(testServer: TestServer) {
    this.testServer = testServer;
  }

  /** Starts a server whose project has one member per entry of `roles`. */
  static async start(roles: Record<string, Role>): Promise<StaffedProject> {
    const project = new StaffedProject(await startTestServer());
    const { metaStore } = project.testServer;
    await metaStore.createProject({ id: project.projectId, name: project.projectId });
    for (const [username, role] of Object.entries(roles)) {
      const user = await createMember(metaStore, project.projectId, username, role);
      project.people.set(username, { user, token: await tokenFor(user) });
    }
    return project;
  }

  person(username: string): UserRow {
    const found = this.people.get(username);
    if (!found) throw new Error(`the test project has no member ${username}`);
    return found.user;
  }

  /** A fresh item, so a test starts with no assignments. */
  async newItem(): Promise<string> {
    this.itemCount += 1;
    const { metaStore } = this.testServer;
    const itemId = `clip-${this.itemCount}`;
    await createProjectWithItem(metaStore, this.projectId, itemId);
    return itemId;
  }

  /** Calls the HTTP API as the member. */
  as(username: string) {
    const token = this.people.get(username)?.token ?? '';
    return <T = ErrorBody>(
      method: 'GET' | 'POST',
      path: string,
      body?: unknown,
    ): Promise<ApiReply<T>> => callApi<T>(this.testServer.server.url, token, method, path, body);
  }

  close(): Promise<void> {
    return this.testServer.close();
  }
}
