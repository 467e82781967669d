import type * as Y from 'yjs';
import type { Result } from '../schema/result.ts';
import { fail, ok } from '../schema/result.ts';

/** Roots of an item's `review` document. */
export const ROOT_ITEM_STATUS = 'status';
export const ROOT_DECISIONS = 'decisions';

/** Where an item is in review. */
export const ITEM_STATUSES = ['annotate', 'review', 'accepted', 'rework'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** The moves a reviewer may make from each status. */
const NEXT: Readonly<Record<ItemStatus, readonly ItemStatus[]>> = {
  annotate: ['review'],
  review: ['accepted', 'rework'],
  rework: ['review'],
  accepted: ['rework'],
};

/** One move of an item's status: who moved it, when, from what. */
export interface StatusChange {
  status: ItemStatus;
  from: ItemStatus;
  by: string;
  atMs: number;
}

/** A reviewer's decision about one disagreement, kept under its id. */
export interface Decision {
  disagreementId: string;
  verdict: 'both-acceptable' | 'resolved';
  by: string;
  atMs: number;
  note: string;
}

/** The item's status and the moves that led to it, oldest first; `annotate` before any move. */
export function readItemStatus(doc: Y.Doc): { status: ItemStatus; changes: StatusChange[] } {
  const changes = doc
    .getArray<StatusChange>(ROOT_ITEM_STATUS)
    .toArray()
    .filter((change) => (ITEM_STATUSES as readonly unknown[]).includes(change?.status));
  return { status: changes.at(-1)?.status ?? 'annotate', changes };
}

/**
 * Moves the item to `status` when that move is allowed from where it is (annotate → review →
 * accepted or rework; rework → review; accepted → rework), appending who and when.
 */
export function moveItemStatus(
  doc: Y.Doc,
  status: ItemStatus,
  author: { userId: string; nowMs: number },
  origin: unknown,
): Result<StatusChange> {
  const from = readItemStatus(doc).status;
  if (!NEXT[from].includes(status)) {
    return fail(
      `an item in ${from} cannot move to ${status}; it can move to ${NEXT[from].join(' or ')}`,
    );
  }
  const change = { status, from, by: author.userId, atMs: Math.floor(author.nowMs) };
  doc.transact(() => doc.getArray<StatusChange>(ROOT_ITEM_STATUS).push([change]), origin);
  return ok(change);
}

/** Records (or replaces) a reviewer's decision about a disagreement; it survives recomputes. */
export function decide(doc: Y.Doc, decision: Decision, origin: unknown): void {
  doc.transact(
    () => doc.getMap<Decision>(ROOT_DECISIONS).set(decision.disagreementId, decision),
    origin,
  );
}

/** The decisions taken, by disagreement id. */
export function readDecisions(doc: Y.Doc): ReadonlyMap<string, Decision> {
  const decisions = new Map<string, Decision>();
  for (const [id, value] of doc.getMap<Decision>(ROOT_DECISIONS).entries()) {
    if (value && typeof value === 'object' && value.disagreementId === id) decisions.set(id, value);
  }
  return decisions;
}

/** The statuses an item may move to from `status`, in the order a reviewer would offer them. */
export function allowedItemMoves(status: ItemStatus): readonly ItemStatus[] {
  return NEXT[status];
}
