import { Hono } from 'hono';
import type { ProjectSummary } from '../../shared/protocol/http.ts';
import type { HttpEnv } from './HttpEnv.ts';
import type { RouteDependencies } from './RouteDependencies.ts';

/** GET /api/projects: the projects the user is a member of, with their role in each. */
export function projectRoutes(dependencies: RouteDependencies): Hono<HttpEnv> {
  const { metaStore, requireUser } = dependencies;
  const routes = new Hono<HttpEnv>();

  routes.get('/api/projects', requireUser, async (c) => {
    const projects: ProjectSummary[] = (await metaStore.listProjectsOf(c.get('user').id)).map(
      ({ id, name, role }) => ({ id, name, role }),
    );
    return c.json(projects);
  });

  return routes;
}
