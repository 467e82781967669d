import type * as Y from 'yjs';
import { ROOT_GUIDELINES_VERSIONS } from '../../shared/doc/guidelineRoots.ts';
import type { GuidelineVersionsReading } from '../../shared/doc/guidelineVersions.ts';
import { readGuidelineVersions } from '../../shared/doc/guidelineVersions.ts';
import { createSnapshotStore } from './createSnapshotStore.ts';
import type { FrameScheduler } from './scheduleFrame.ts';
import type { SnapshotStore } from './SnapshotStore.ts';

function identityOf(reading: GuidelineVersionsReading): string {
  // Versions are never edited once saved: ids, names and problems say whether anything changed.
  return JSON.stringify([
    reading.versions.map((version) => [version.id, version.name]),
    reading.violations.map((violation) => violation.message),
  ]);
}

/** Snapshots of the guidelines' named versions, re-read at most once per frame after they change. */
export function createGuidelineVersionsStore(
  doc: Y.Doc,
  schedule?: FrameScheduler,
): SnapshotStore<GuidelineVersionsReading> {
  return createSnapshotStore(
    {
      read: () => readGuidelineVersions(doc),
      share: (previous, next) => (identityOf(previous) === identityOf(next) ? previous : next),
      watch(onChange) {
        const versions = doc.getArray(ROOT_GUIDELINES_VERSIONS);
        versions.observe(onChange);
        return () => versions.unobserve(onChange);
      },
    },
    schedule,
  );
}
