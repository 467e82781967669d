import type * as Y from 'yjs';
import { transcriptOf } from '../../shared/doc/layerRoots.ts';
import type { Author } from '../../shared/doc/writeRecords.ts';
import { deleteRecord, updateSegment } from '../../shared/doc/writeRecords.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { appendBlockContent } from './appendBlockContent.ts';
import { cutBlockTail } from './cutBlockTail.ts';
import { deleteBlockHead } from './deleteBlockHead.ts';
import type { UtteranceSegment } from './readUtteranceSegment.ts';
import { readUtteranceSegment } from './readUtteranceSegment.ts';
import { TRANSCRIPT_ORIGIN } from './transcriptOrigin.ts';
import { blockSegmentId, findUtteranceBlock } from './utteranceBlocks.ts';

/** A span of text from one utterance into a later one: both ends as segment id and editor offset. */
export interface UtteranceSpan {
  fromSegmentId: string;
  fromOffset: number;
  toSegmentId: string;
  toOffset: number;
  author: Author;
}

function segmentsOfBlocks(doc: Y.Doc, blocks: readonly Y.XmlElement[]): Result<UtteranceSegment[]> {
  const segments: UtteranceSegment[] = [];
  for (const block of blocks) {
    const segmentId = blockSegmentId(block);
    if (segmentId === null) return fail('the selection covers text that belongs to no utterance');
    const segment = readUtteranceSegment(doc, segmentId);
    if (!segment.ok) return segment;
    segments.push(segment.value);
  }
  return ok(segments);
}

/**
 * Deletes text running across utterances in one transaction: what is left of the first and last
 * become one utterance whose segment spans them all, and the segments of the others are deleted.
 */
export function deleteAcrossUtterances(doc: Y.Doc, span: UtteranceSpan): Result<true> {
  const fragment = transcriptOf(doc);
  const first = findUtteranceBlock(fragment, span.fromSegmentId);
  const last = findUtteranceBlock(fragment, span.toSegmentId);
  if (!first || !last || last.index <= first.index) {
    return fail('the selection no longer runs across utterances in order');
  }
  const blocks = fragment.toArray().slice(first.index, last.index + 1) as Y.XmlElement[];
  const segments = segmentsOfBlocks(doc, blocks);
  if (!segments.ok) return segments;
  const [kept, ...removed] = segments.value;
  doc.transact(() => {
    cutBlockTail(first.block, span.fromOffset);
    deleteBlockHead(last.block, span.toOffset);
    appendBlockContent(first.block, last.block);
    fragment.delete(first.index + 1, last.index - first.index);
    const range = {
      startMs: Math.min(...segments.value.map((segment) => segment.startMs)),
      endMs: Math.max(...segments.value.map((segment) => segment.endMs)),
    };
    updateSegment(doc, kept!.id, range, span.author, TRANSCRIPT_ORIGIN);
    for (const segment of removed) deleteRecord(doc, segment.id, TRANSCRIPT_ORIGIN);
  }, TRANSCRIPT_ORIGIN);
  return ok(true);
}
