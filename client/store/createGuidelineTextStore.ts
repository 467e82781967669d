import type * as Y from 'yjs';
import { readGuidelineContent } from '../../shared/doc/guidelineContent.ts';
import { ROOT_GUIDELINES_TEXT } from '../../shared/doc/guidelineRoots.ts';
import type { GuidelineNodeJson } from '../../shared/schema/guidelineVersion.ts';
import { createSnapshotStore } from './createSnapshotStore.ts';
import type { FrameScheduler } from './scheduleFrame.ts';
import type { SnapshotStore } from './SnapshotStore.ts';

/** Snapshots of the guidelines text as ProseMirror JSON, re-read at most once per frame after it changes. */
export function createGuidelineTextStore(
  doc: Y.Doc,
  schedule?: FrameScheduler,
): SnapshotStore<GuidelineNodeJson> {
  return createSnapshotStore(
    {
      read: () => readGuidelineContent(doc),
      // Every change re-renders whoever compares versions with the text; unchanged JSON does not.
      share: (previous, next) =>
        JSON.stringify(previous) === JSON.stringify(next) ? previous : next,
      watch(onChange) {
        const text = doc.getXmlFragment(ROOT_GUIDELINES_TEXT);
        text.observeDeep(onChange);
        return () => text.unobserveDeep(onChange);
      },
    },
    schedule,
  );
}
