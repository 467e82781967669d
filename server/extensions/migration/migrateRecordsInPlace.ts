import * as Y from 'yjs';
import { objectsOf } from '../../../shared/doc/layerRoots.ts';
import type { InPlacePlan } from './planInPlaceMigration.ts';

/** Runs the plan on every record of the document (records are keyed by their `kind`); returns how many changed. */
export function migrateRecordsInPlace(doc: Y.Doc, plan: InPlacePlan): number {
  if (plan.size === 0) return 0;
  let changed = 0;
  doc.transact(() => {
    for (const record of objectsOf(doc).values()) {
      if (!(record instanceof Y.Map)) continue;
      const steps = plan.get(String(record.get('kind')));
      let wrote = false;
      for (const step of steps ?? []) wrote = step(record) || wrote;
      if (wrote) changed += 1;
    }
  });
  return changed;
}
