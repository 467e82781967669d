import * as Y from 'yjs';

/** Ids of the `objects` records a transaction changed, at any depth (a keyframe counts for its track). */
export function touchedRecordIds(transaction: Y.Transaction, objects: object): Set<string> {
  const recordIds = new Set<string>();
  for (const [type, keys] of transaction.changed) {
    if (type === objects) {
      for (const key of keys) if (key !== null) recordIds.add(key);
      continue;
    }
    let current = type;
    while (current._item !== null) {
      const { parent, parentSub } = current._item;
      if (parent === objects) {
        if (parentSub !== null) recordIds.add(parentSub);
        break;
      }
      if (!(parent instanceof Y.AbstractType)) break;
      current = parent;
    }
  }
  return recordIds;
}
