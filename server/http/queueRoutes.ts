import { Hono } from 'hono';
import type { QueueEntry, QueueResponse } from '../../shared/protocol/assignments.ts';
import { interleaveHoneypots } from '../honeypots/interleaveHoneypots.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { AssignmentRow } from '../storage/MetaStore.ts';
import { countLayerObjects } from './countLayerObjects.ts';
import type { HttpEnv } from './HttpEnv.ts';
import type { RouteDependencies } from './RouteDependencies.ts';
import { toAssignmentSummary } from './toAssignmentSummary.ts';

/** What the queue reads progress from; without a document store progress reads as 0. */
export interface QueueRouteDependencies extends RouteDependencies {
  documentStore?: Pick<DocumentStore, 'load'>;
}

/** GET /api/me/queue: the signed-in user's assignments with their progress, and the one to do next. */
export function queueRoutes(dependencies: QueueRouteDependencies): Hono<HttpEnv> {
  const { metaStore, documentStore, requireUser, logger } = dependencies;
  const routes = new Hono<HttpEnv>();

  const objectCountOf = async (assignment: AssignmentRow, documentName: string) => {
    if (!documentStore) return 0;
    // Shared work lives on `main` beside everyone else's: count only what this annotator made.
    const createdBy = assignment.mode === 'shared' ? assignment.userId : undefined;
    return countLayerObjects(documentStore, documentName, logger, createdBy);
  };

  routes.get('/api/me/queue', requireUser, async (c) => {
    const user = c.get('user');
    const ordinary: QueueEntry[] = [];
    // Honeypots sit at their queue position among the rest, in entries shaped like any other.
    const positions = new Map(
      (await metaStore.listHoneypotsOfUser(user.id)).map((each) => [
        each.assignmentId,
        each.queuePosition,
      ]),
    );
    const honeypots: Array<{ queuePosition: number; entry: QueueEntry }> = [];
    for (const assignment of await metaStore.listAssignmentsOfUser(user.id)) {
      const { projectId, itemId } = assignment;
      if ((await metaStore.roleOf(projectId, user.id)) === null) continue;
      const item = await metaStore.getItem(projectId, itemId);
      if (!item) continue;
      const summary = toAssignmentSummary(assignment, user.username);
      const objectCount = await objectCountOf(assignment, summary.documentName);
      const entry = { assignment: summary, itemName: item.name, objectCount };
      const queuePosition = positions.get(assignment.id);
      if (queuePosition === undefined) ordinary.push(entry);
      else honeypots.push({ queuePosition, entry });
    }
    const entries = interleaveHoneypots(ordinary, honeypots);
    const next = entries.find((entry) => entry.assignment.mode !== 'revealed') ?? null;
    return c.json<QueueResponse>({ entries, next });
  });

  return routes;
}
