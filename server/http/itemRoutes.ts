import { Hono } from 'hono';
import type { ItemDetail, ItemSummary } from '../../shared/protocol/http.ts';
import type { ItemAccessSources } from './describeItemAccess.ts';
import { describeItemAccess } from './describeItemAccess.ts';
import { errorResponse } from './errorResponse.ts';
import type { HttpEnv } from './HttpEnv.ts';
import { readMembership } from './readMembership.ts';
import { readPathId } from './readPathId.ts';
import type { RouteDependencies } from './RouteDependencies.ts';
import { toItemSummary } from './toItemSummary.ts';

/** GET /api/projects/:projectId/items and GET /api/projects/:projectId/items/:itemId. */
export function itemRoutes(
  dependencies: RouteDependencies & Pick<ItemAccessSources, 'documentStore'>,
): Hono<HttpEnv> {
  const { metaStore, documentStore, requireUser } = dependencies;
  const routes = new Hono<HttpEnv>();

  routes.get('/api/projects/:projectId/items', requireUser, async (c) => {
    const membership = await readMembership(c, metaStore);
    if (membership instanceof Response) return membership;
    const items: ItemSummary[] = [];
    // Honeypot copies reach their annotator through the queue, like any assigned work; listed
    // beside the gold item they copy, they would give themselves away.
    const manages = membership.role === 'admin' || membership.role === 'trainer';
    const honeypots = manages
      ? new Set<string>()
      : new Set((await metaStore.listHoneypots(membership.projectId)).map((each) => each.itemId));
    for (const item of await metaStore.listItems(membership.projectId)) {
      if (honeypots.has(item.id)) continue;
      items.push(
        toItemSummary(item, item.mediaId ? await metaStore.getMedia(item.mediaId) : undefined),
      );
    }
    return c.json(items);
  });

  routes.get('/api/projects/:projectId/items/:itemId', requireUser, async (c) => {
    const membership = await readMembership(c, metaStore);
    if (membership instanceof Response) return membership;
    const itemId = readPathId(c, 'itemId');
    if (itemId instanceof Response) return itemId;
    const { projectId, role } = membership;
    const item = await metaStore.getItem(projectId, itemId);
    if (!item) {
      const message = `project '${projectId}' has no item '${itemId}'`;
      return errorResponse(c, 404, 'not_found', message, 'itemId');
    }
    const media = item.mediaId ? await metaStore.getMedia(item.mediaId) : undefined;
    const frames = media ? await metaStore.listMediaFrames(media.id) : [];
    const detail: ItemDetail = {
      ...toItemSummary(item, media, frames),
      role,
      ...(await describeItemAccess(
        { metaStore, documentStore },
        c.get('user').id,
        projectId,
        itemId,
      )),
    };
    return c.json(detail);
  });

  return routes;
}
