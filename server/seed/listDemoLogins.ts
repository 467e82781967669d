import type { Role } from '../../shared/protocol/http.ts';
import type { Config } from '../config.ts';
import type { MetaStore } from '../storage/MetaStore.ts';
import { DEFAULT_DEMO_PASSWORD, DEMO_PROJECT, DEMO_USERS } from './demoUsers.ts';

/** A demo login to show whoever started the server. */
export interface DemoLogin {
  username: string;
  password: string;
  role: Role;
  name: string;
}

/** The demo users that exist in the demo project, with the configured demo password. */
export async function listDemoLogins(
  config: Pick<Config, 'demoPassword'>,
  metaStore: Pick<MetaStore, 'findUserByUsername' | 'roleOf'>,
): Promise<DemoLogin[]> {
  const password = config.demoPassword ?? DEFAULT_DEMO_PASSWORD;
  const logins: DemoLogin[] = [];
  for (const demoUser of DEMO_USERS) {
    const user = await metaStore.findUserByUsername(demoUser.username);
    const role = user && (await metaStore.roleOf(DEMO_PROJECT.id, user.id));
    if (user && role) logins.push({ username: user.username, password, role, name: user.name });
  }
  return logins;
}
