import type * as Y from 'yjs';
import type { FinalProvenance } from '../../shared/agreement/finalProvenance.ts';
import { provenanceOf, readProvenance } from '../../shared/agreement/finalProvenance.ts';
import { createSnapshotStore } from '../store/createSnapshotStore.ts';
import type { FrameScheduler } from '../store/scheduleFrame.ts';
import type { SnapshotStore } from '../store/SnapshotStore.ts';

function sameProvenance(
  previous: ReadonlyMap<string, FinalProvenance>,
  next: ReadonlyMap<string, FinalProvenance>,
): ReadonlyMap<string, FinalProvenance> {
  return JSON.stringify([...previous]) === JSON.stringify([...next]) ? previous : next;
}

/** Snapshots of where each object of the `final` layer came from, by object id. */
export function createProvenanceStore(
  doc: Y.Doc,
  schedule?: FrameScheduler,
): SnapshotStore<ReadonlyMap<string, FinalProvenance>> {
  return createSnapshotStore(
    {
      read: () => readProvenance(doc),
      share: sameProvenance,
      watch(onChange) {
        const root = provenanceOf(doc);
        root.observe(onChange);
        return () => root.unobserve(onChange);
      },
    },
    schedule,
  );
}
