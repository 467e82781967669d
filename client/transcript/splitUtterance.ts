import * as Y from 'yjs';
import { transcriptOf } from '../../shared/doc/layerRoots.ts';
import { UTTERANCE_NODE, UTTERANCE_SEGMENT_ATTR } from '../../shared/doc/roots.ts';
import type { Author } from '../../shared/doc/writeRecords.ts';
import { createSegment, updateSegment } from '../../shared/doc/writeRecords.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { cutBlockTail } from './cutBlockTail.ts';
import { readUtteranceSegment } from './readUtteranceSegment.ts';
import { TRANSCRIPT_ORIGIN } from './transcriptOrigin.ts';
import { blockContentLength, findUtteranceBlock } from './utteranceBlocks.ts';

/** Where to split one utterance, in its text and in time, and the id its second half gets. */
export interface UtteranceSplit {
  segmentId: string;
  /** Editor positions into the block's content: characters, one per inline node. */
  textOffset: number;
  atMs: number;
  newSegmentId: string;
  author: Author;
}

function newBlockLike(block: Y.XmlElement, segmentId: string): Y.XmlElement {
  const created = new Y.XmlElement(UTTERANCE_NODE);
  // Other attributes follow the text, as a split in the editor would; the segment id never does.
  for (const [name, value] of Object.entries(block.getAttributes())) {
    if (name !== UTTERANCE_SEGMENT_ATTR) created.setAttribute(name, value as string);
  }
  created.setAttribute(UTTERANCE_SEGMENT_ATTR, segmentId);
  return created;
}

/**
 * Splits an utterance in one transaction: the text after `textOffset` moves into a new block bound to
 * a new segment that takes the time after `atMs`; the original segment now ends at `atMs`.
 */
export function splitUtterance(doc: Y.Doc, split: UtteranceSplit): Result<string> {
  const fragment = transcriptOf(doc);
  const found = findUtteranceBlock(fragment, split.segmentId);
  if (!found) return fail(`no utterance in the transcript is bound to segment ${split.segmentId}`);
  const segment = readUtteranceSegment(doc, split.segmentId);
  if (!segment.ok) return segment;
  const { startMs, endMs } = segment.value;
  if (!(split.atMs > startMs && split.atMs < endMs) || !Number.isInteger(split.atMs)) {
    return fail(
      `cannot split the utterance at ${split.atMs} ms: it must be a whole ms strictly inside ${startMs}–${endMs} ms`,
    );
  }
  const length = blockContentLength(found.block);
  const textOffset = Math.min(length, Math.max(0, Math.round(split.textOffset)));
  doc.transact(() => {
    const tail = cutBlockTail(found.block, textOffset);
    const created = newBlockLike(found.block, split.newSegmentId);
    fragment.insert(found.index + 1, [created]);
    if (tail.length > 0) created.insert(0, tail);
    updateSegment(doc, split.segmentId, { endMs: split.atMs }, split.author, TRANSCRIPT_ORIGIN);
    createSegment(
      doc,
      {
        id: split.newSegmentId,
        tierId: segment.value.tierId,
        startMs: split.atMs,
        endMs,
        labelId: segment.value.labelId,
        speaker: segment.value.speaker,
      },
      split.author,
      TRANSCRIPT_ORIGIN,
    );
  }, TRANSCRIPT_ORIGIN);
  return ok(split.newSegmentId);
}
