import { createAssignments } from '../http/createAssignments.ts';
import { TransactionRefused } from '../http/TransactionRefused.ts';
import type { HoneypotRow, ItemRow, MetaStore } from '../storage/MetaStore.ts';
import type { AnnotatorPlan } from './planHoneypots.ts';

/** One copy to make: its new item id, the annotator it is for and where it goes in their queue. */
export interface PlannedHoneypot {
  itemId: string;
  annotator: AnnotatorPlan;
  queuePosition: number;
}

/**
 * Stores each copy item (the source's name and media), a blind assignment of it to its annotator
 * and the honeypot row. Run it inside a transaction: a refusal throws TransactionRefused, so the
 * transaction keeps none of it.
 */
export async function createHoneypots(
  store: MetaStore,
  target: { source: ItemRow; createdBy: string },
  planned: readonly PlannedHoneypot[],
  nowMs = Date.now(),
): Promise<HoneypotRow[]> {
  const { source, createdBy } = target;
  const rows: HoneypotRow[] = [];
  for (const { itemId, annotator, queuePosition } of planned) {
    const { projectId } = source;
    await store.createItem({ projectId, id: itemId, name: source.name, mediaId: source.mediaId });
    const created = await createAssignments(
      store,
      { projectId, itemId, createdBy },
      { mode: 'blind', usernames: [annotator.user.username] },
      nowMs,
    );
    if (!created.ok) throw new TransactionRefused({ ...created, field: annotator.field });
    const assignment = created.value[0]?.assignment;
    if (!assignment) throw new Error(`no assignment was made for honeypot ${itemId}`);
    const row: HoneypotRow = {
      itemId,
      projectId,
      sourceItemId: source.id,
      userId: annotator.user.id,
      assignmentId: assignment.id,
      queuePosition,
      createdBy,
      createdAtMs: nowMs,
    };
    await store.createHoneypot(row);
    rows.push(row);
  }
  return rows;
}
