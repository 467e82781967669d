import type * as Y from 'yjs';
import { objectsOf } from '../../shared/doc/layerRoots.ts';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import { readLayer } from '../../shared/doc/readLayer.ts';
import { createSnapshotStore } from './createSnapshotStore.ts';
import type { FrameScheduler } from './scheduleFrame.ts';
import type { SnapshotStore } from './SnapshotStore.ts';
import { shareLayerSnapshot } from './shareLayerSnapshot.ts';

/** Snapshots of a layer's tracks and segments, re-read at most once per frame after `objects` changes. */
export function createLayerStore(
  doc: Y.Doc,
  schedule?: FrameScheduler,
): SnapshotStore<LayerSnapshot> {
  return createSnapshotStore(
    {
      read: () => readLayer(doc),
      share: shareLayerSnapshot,
      watch(onChange) {
        const objects = objectsOf(doc);
        objects.observeDeep(onChange);
        return () => objects.unobserveDeep(onChange);
      },
    },
    schedule,
  );
}
