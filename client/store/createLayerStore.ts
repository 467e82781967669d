import * as Y from 'yjs';
import { objectsOf, transcriptOf } from '../../shared/doc/layerRoots.ts';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import { readLayer } from '../../shared/doc/readLayer.ts';
import { INSTRUCTION_REFERENCES, instructionsOf } from '../../shared/doc/writeInstructions.ts';
import { linksOf } from '../../shared/doc/writeLinks.ts';
import { createSnapshotStore } from './createSnapshotStore.ts';
import type { FrameScheduler } from './scheduleFrame.ts';
import type { SnapshotStore } from './SnapshotStore.ts';
import { shareLayerSnapshot } from './shareLayerSnapshot.ts';

/** Whether any link or instruction points at words, whose spans move as the transcript is edited. */
function hasTextEnds(doc: Y.Doc): boolean {
  for (const link of linksOf(doc).values()) {
    if (link.from.kind === 'text' || link.to.kind === 'text') return true;
  }
  for (const item of instructionsOf(doc).values()) {
    const references = item.get(INSTRUCTION_REFERENCES);
    if (references instanceof Y.Array && references.toArray().some((end) => end?.kind === 'text')) {
      return true;
    }
  }
  return false;
}

/**
 * Snapshots of a layer, re-read at most once per frame after its records, links or instruction
 * items change, and after transcript edits only while something links to words (typing in a long
 * transcript does not re-read every record otherwise).
 */
export function createLayerStore(
  doc: Y.Doc,
  schedule?: FrameScheduler,
): SnapshotStore<LayerSnapshot> {
  return createSnapshotStore(
    {
      read: () => readLayer(doc),
      share: shareLayerSnapshot,
      watch(onChange) {
        const roots = [objectsOf(doc), linksOf(doc), instructionsOf(doc)];
        for (const root of roots) root.observeDeep(onChange);
        const transcript = transcriptOf(doc);
        const onText = () => {
          if (hasTextEnds(doc)) onChange();
        };
        transcript.observeDeep(onText);
        return () => {
          for (const root of roots) root.unobserveDeep(onChange);
          transcript.unobserveDeep(onText);
        };
      },
    },
    schedule,
  );
}
