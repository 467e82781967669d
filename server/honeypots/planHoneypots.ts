import type { CreateHoneypotsRequest } from '../../shared/protocol/honeypots.ts';
import type { RouteOutcome } from '../http/RouteOutcome.ts';
import { refusal } from '../http/RouteOutcome.ts';
import type { MetaStore, UserRow } from '../storage/MetaStore.ts';
import { honeypotCount, honeypotQueuePositions } from './honeypotQueuePositions.ts';

/** The most honeypots one request may make, over all its annotators. */
export const MAX_HONEYPOTS_PER_REQUEST = 500;

/** One annotator's share of a request: who, the request field naming them, and where each copy goes. */
export interface AnnotatorPlan {
  user: UserRow;
  field: string;
  queuePositions: number[];
}

/** The annotator at `usernames[index]`, or why they cannot get honeypots. */
async function readAnnotator(
  store: MetaStore,
  projectId: string,
  username: string,
  field: string,
): Promise<RouteOutcome<UserRow>> {
  const user = await store.findUserByUsername(username);
  if (!user) return refusal(404, 'not_found', `there is no user '${username}'`, field);
  const role = await store.roleOf(projectId, user.id);
  if (role !== 'annotator') {
    const what = role === null ? 'not a member' : `a ${role}`;
    const message = `${username} is ${what} in project '${projectId}'; only annotators get honeypots`;
    return refusal(422, 'not_assignable', message, field);
  }
  return { ok: true, value: user };
}

/** Where the user's new honeypots go among the assignments their queue shows (honeypots aside). */
async function queuePositionsOf(
  store: MetaStore,
  projectId: string,
  user: UserRow,
  rate: number,
): Promise<number[]> {
  const honeypots = new Set(
    (await store.listHoneypotsOfUser(user.id)).map((each) => each.assignmentId),
  );
  const queue = (await store.listAssignmentsOfUser(user.id)).filter(
    (each) => !honeypots.has(each.id),
  );
  const openIndices = queue.flatMap((each, index) =>
    each.projectId === projectId && each.mode !== 'revealed' ? [index] : [],
  );
  const count = honeypotCount(rate, openIndices.length);
  return honeypotQueuePositions(count, openIndices, queue.length);
}

/** Each named annotator with the queue positions of their honeypots, or the first refusal. */
export async function planHoneypots(
  store: MetaStore,
  projectId: string,
  request: Pick<CreateHoneypotsRequest, 'usernames' | 'rate'>,
): Promise<RouteOutcome<AnnotatorPlan[]>> {
  const plans: AnnotatorPlan[] = [];
  for (const [index, username] of request.usernames.entries()) {
    const field = `usernames.${index}`;
    const user = await readAnnotator(store, projectId, username, field);
    if (!user.ok) return user;
    const queuePositions = await queuePositionsOf(store, projectId, user.value, request.rate);
    plans.push({ user: user.value, field, queuePositions });
  }
  const total = plans.reduce((sum, plan) => sum + plan.queuePositions.length, 0);
  if (total > MAX_HONEYPOTS_PER_REQUEST) {
    const message = `this rate makes ${total} honeypots; at most ${MAX_HONEYPOTS_PER_REQUEST} can be made at once, so lower the rate or name fewer annotators`;
    return refusal(422, 'too_many', message, 'rate');
  }
  return { ok: true, value: plans };
}
