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
export function listDemoLogins(
  config: Pick<Config, 'demoPassword'>,
  metaStore: Pick<MetaStore, 'findUserByUsername' | 'roleOf'>,
): DemoLogin[] {
  const password = config.demoPassword ?? DEFAULT_DEMO_PASSWORD;
  return DEMO_USERS.flatMap((demoUser) => {
    const user = metaStore.findUserByUsername(demoUser.username);
    const role = user && metaStore.roleOf(DEMO_PROJECT.id, user.id);
    return role ? [{ username: user.username, password, role, name: user.name }] : [];
  });
}
