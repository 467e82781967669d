import { Hono } from 'hono';
import type { ClientConfig } from '../../shared/protocol/clientConfig.ts';
import { CLIENT_CONFIG_PATH } from '../../shared/protocol/clientConfig.ts';
import type { HttpEnv } from './HttpEnv.ts';
import type { RouteDependencies } from './RouteDependencies.ts';

/** GET /api/config: needs no login, since the client reads it before anyone signs in. */
export function clientConfigRoutes({ config }: Pick<RouteDependencies, 'config'>): Hono<HttpEnv> {
  const routes = new Hono<HttpEnv>();
  routes.get(CLIENT_CONFIG_PATH, (c) => {
    const body: ClientConfig = { serverUrls: config.serverUrls };
    return c.json(body);
  });
  return routes;
}
