import type * as Y from 'yjs';
import type { LabelSchemaSnapshot } from '../../shared/doc/projectSchemaDoc.ts';
import { readLabelSchema } from '../../shared/doc/projectSchemaDoc.ts';
import {
  ROOT_LABELS,
  ROOT_RELATION_TYPES,
  ROOT_SKELETONS,
  ROOT_TIERS,
} from '../../shared/doc/roots.ts';
import { createSnapshotStore } from './createSnapshotStore.ts';
import type { FrameScheduler } from './scheduleFrame.ts';
import type { SnapshotStore } from './SnapshotStore.ts';

function sameSchema(previous: LabelSchemaSnapshot, next: LabelSchemaSnapshot): LabelSchemaSnapshot {
  // A schema holds a few dozen small entries: comparing their JSON is cheap and exact.
  return JSON.stringify(previous) === JSON.stringify(next) ? previous : next;
}

/** Snapshots of a project's labels, tiers, skeleton templates and relation types, re-read at most once per frame after they change. */
export function createLabelSchemaStore(
  doc: Y.Doc,
  schedule?: FrameScheduler,
): SnapshotStore<LabelSchemaSnapshot> {
  return createSnapshotStore(
    {
      read: () => readLabelSchema(doc),
      share: sameSchema,
      watch(onChange) {
        const roots = [ROOT_LABELS, ROOT_TIERS, ROOT_SKELETONS, ROOT_RELATION_TYPES].map((root) =>
          doc.getMap(root),
        );
        for (const root of roots) root.observe(onChange);
        return () => {
          for (const root of roots) root.unobserve(onChange);
        };
      },
    },
    schedule,
  );
}
