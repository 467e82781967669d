import * as Y from 'yjs';
import { objectsOf, transcriptOf } from '../../shared/doc/layerRoots.ts';
import { instructionsOf } from '../../shared/doc/writeInstructions.ts';
import { restoreLinks } from './restoreLinks.ts';
import { restoreMapEntries } from './restoreMapEntries.ts';
import { restoreTranscript } from './restoreTranscript.ts';

/** What a restore wrote into the live layer. */
export interface RestoreOutcome {
  objectIds: string[];
  transcriptChanged: boolean;
  /** Whether links or instruction items were put back (whole-layer restores only). */
  linksChanged: boolean;
}

function restoreRecord(live: Y.Map<unknown>, target: Y.Map<unknown>, id: string): boolean {
  const current = live.get(id);
  const wanted = target.get(id);
  if (wanted === undefined) {
    if (!live.has(id)) return false;
    live.delete(id);
    return true;
  }
  if (wanted instanceof Y.Map && current instanceof Y.Map) {
    return restoreMapEntries(current, wanted);
  }
  // Recreated from the old state; nested types are copied with it, in this one transaction.
  live.set(id, wanted instanceof Y.AbstractType ? wanted.clone() : wanted);
  return true;
}

/**
 * Writes into `live` whatever differs from `target` (the layer at an earlier time): for one
 * object only that record, for the whole layer every record, the transcript, the links (their text
 * ends anchored again on the restored words) and the instruction items. Run it inside one
 * transaction on `live`'s document; `target` is only read.
 */
export function restoreFromTarget(
  live: Y.Doc,
  target: Y.Doc,
  objectId: string | null,
): RestoreOutcome {
  const liveObjects = objectsOf(live) as Y.Map<unknown>;
  const targetObjects = objectsOf(target) as Y.Map<unknown>;
  const ids =
    objectId !== null
      ? [objectId]
      : [...new Set([...liveObjects.keys(), ...targetObjects.keys()])].sort();
  const objectIds = ids.filter((id) => restoreRecord(liveObjects, targetObjects, id));
  if (objectId !== null) return { objectIds, transcriptChanged: false, linksChanged: false };
  const transcriptChanged = restoreTranscript(transcriptOf(live), transcriptOf(target));
  const linksRestored = restoreLinks(live, target);
  const liveItems = instructionsOf(live) as Y.Map<unknown>;
  const targetItems = instructionsOf(target) as Y.Map<unknown>;
  const itemIds = [...new Set([...liveItems.keys(), ...targetItems.keys()])].sort();
  const itemsRestored = itemIds.filter((id) => restoreRecord(liveItems, targetItems, id));
  return { objectIds, transcriptChanged, linksChanged: linksRestored || itemsRestored.length > 0 };
}
