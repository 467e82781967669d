import * as Y from 'yjs';
import { objectsOf, transcriptOf } from '../../shared/doc/layerRoots.ts';
import { UTTERANCE_NODE, UTTERANCE_SEGMENT_ATTR } from '../../shared/doc/roots.ts';
import type { Author } from '../../shared/doc/writeRecords.ts';
import { createSegment } from '../../shared/doc/writeRecords.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import type { MsRange } from '../timeline/dragSegmentRange.ts';
import { TRANSCRIPT_ORIGIN } from './transcriptOrigin.ts';
import { blockSegmentId } from './utteranceBlocks.ts';

/** A new, empty utterance: its segment's id, tier, range and speaker. */
export interface NewUtterance {
  segmentId: string;
  tierId: string;
  range: MsRange;
  speaker: string | null;
  author: Author;
}

function startMsOf(doc: Y.Doc, block: unknown): number | null {
  if (!(block instanceof Y.XmlElement)) return null;
  const segmentId = blockSegmentId(block);
  const record = segmentId === null ? undefined : objectsOf(doc).get(segmentId);
  const startMs = record instanceof Y.Map ? record.get('startMs') : undefined;
  return typeof startMs === 'number' ? startMs : null;
}

/** Index before the first block whose utterance starts later; unbound blocks never move it. */
function insertionIndex(doc: Y.Doc, fragment: Y.XmlFragment, startMs: number): number {
  const blocks = fragment.toArray();
  const later = blocks.findIndex((block) => {
    const blockStartMs = startMsOf(doc, block);
    return blockStartMs !== null && blockStartMs > startMs;
  });
  return later === -1 ? blocks.length : later;
}

/**
 * Creates a segment and its empty utterance block, placed in time order, in one transaction. The
 * result is the block's index in the transcript.
 */
export function insertUtterance(doc: Y.Doc, utterance: NewUtterance): Result<number> {
  const { startMs, endMs } = utterance.range;
  if (!Number.isInteger(startMs) || !Number.isInteger(endMs) || startMs < 0 || endMs <= startMs) {
    return fail(
      `an utterance needs a time range of whole ms that ends after it starts, not ${startMs}–${endMs} ms`,
    );
  }
  const fragment = transcriptOf(doc);
  const index = insertionIndex(doc, fragment, startMs);
  doc.transact(() => {
    createSegment(
      doc,
      {
        id: utterance.segmentId,
        tierId: utterance.tierId,
        startMs,
        endMs,
        labelId: null,
        speaker: utterance.speaker,
      },
      utterance.author,
      TRANSCRIPT_ORIGIN,
    );
    const block = new Y.XmlElement(UTTERANCE_NODE);
    block.setAttribute(UTTERANCE_SEGMENT_ATTR, utterance.segmentId);
    fragment.insert(index, [block]);
  }, TRANSCRIPT_ORIGIN);
  return ok(index);
}
