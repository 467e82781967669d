import * as Y from 'yjs';
import type { YRecord } from '../doc/layerRoots.ts';
import { objectsOf, transcriptOf } from '../doc/layerRoots.ts';
import { UTTERANCE_NODE, UTTERANCE_SEGMENT_ATTR } from '../doc/roots.ts';

function blockIndexOf(fragment: Y.XmlFragment, segmentId: string): number {
  return fragment
    .toArray()
    .findIndex(
      (child) =>
        child instanceof Y.XmlElement &&
        child.nodeName === UTTERANCE_NODE &&
        child.getAttribute(UTTERANCE_SEGMENT_ATTR) === segmentId,
    );
}

function startMsOf(record: unknown): number | null {
  const startMs = record instanceof Y.Map ? (record as YRecord).get('startMs') : undefined;
  return typeof startMs === 'number' ? startMs : null;
}

/** Where a block of a segment starting at `startMs` goes: before the first block that starts later. */
function insertionIndex(doc: Y.Doc, startMs: number): number {
  const objects = objectsOf(doc);
  const children = transcriptOf(doc).toArray();
  const later = children.findIndex((child) => {
    if (!(child instanceof Y.XmlElement)) return false;
    const segmentId = child.getAttribute(UTTERANCE_SEGMENT_ATTR);
    const otherStartMs = typeof segmentId === 'string' ? startMsOf(objects.get(segmentId)) : null;
    return otherStartMs !== null && otherStartMs > startMs;
  });
  return later === -1 ? children.length : later;
}

/**
 * Makes `final`'s transcript hold the source's utterance block (its words) of each copied segment,
 * in time order, and no block of a removed one. Call it inside the transaction that copies the
 * segments, after they are copied.
 */
export function copyFinalUtterances(
  final: Y.Doc,
  source: Y.Doc,
  copiedIds: readonly string[],
  removedIds: readonly string[],
): void {
  const target = transcriptOf(final);
  for (const segmentId of [...removedIds, ...copiedIds]) {
    const index = blockIndexOf(target, segmentId);
    if (index !== -1) target.delete(index, 1);
  }
  const sourceBlocks = transcriptOf(source).toArray();
  for (const segmentId of copiedIds) {
    const startMs = startMsOf(objectsOf(final).get(segmentId));
    const index = blockIndexOf(transcriptOf(source), segmentId);
    const block = sourceBlocks[index];
    if (startMs === null || !(block instanceof Y.XmlElement)) continue;
    target.insert(insertionIndex(final, startMs), [block.clone()]);
  }
}
