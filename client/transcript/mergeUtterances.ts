import type * as Y from 'yjs';
import { transcriptOf } from '../../shared/doc/layerRoots.ts';
import type { Author } from '../../shared/doc/writeRecords.ts';
import { deleteRecord, updateSegment } from '../../shared/doc/writeRecords.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { appendBlockContent } from './appendBlockContent.ts';
import { readUtteranceSegment } from './readUtteranceSegment.ts';
import { TRANSCRIPT_ORIGIN } from './transcriptOrigin.ts';
import { blockContentLength, findUtteranceBlock } from './utteranceBlocks.ts';

/** Two utterances next to each other in the transcript, to become the first one. */
export interface UtteranceMerge {
  firstSegmentId: string;
  secondSegmentId: string;
  author: Author;
}

/**
 * Merges an utterance into the one before it in one transaction: the text is appended, the first
 * segment grows to cover both, and the second segment is deleted. The result is where the two texts
 * now meet, in editor positions into the first block.
 */
export function mergeUtterances(doc: Y.Doc, merge: UtteranceMerge): Result<number> {
  const fragment = transcriptOf(doc);
  const first = findUtteranceBlock(fragment, merge.firstSegmentId);
  const second = findUtteranceBlock(fragment, merge.secondSegmentId);
  if (!first || !second) return fail('one of the two utterances is no longer in the transcript');
  if (second.index !== first.index + 1) {
    return fail('only neighbouring utterances can be merged');
  }
  const firstSegment = readUtteranceSegment(doc, merge.firstSegmentId);
  if (!firstSegment.ok) return firstSegment;
  const secondSegment = readUtteranceSegment(doc, merge.secondSegmentId);
  const joinOffset = blockContentLength(first.block);
  doc.transact(() => {
    appendBlockContent(first.block, second.block);
    fragment.delete(second.index, 1);
    if (secondSegment.ok) {
      const range = {
        startMs: Math.min(firstSegment.value.startMs, secondSegment.value.startMs),
        endMs: Math.max(firstSegment.value.endMs, secondSegment.value.endMs),
      };
      updateSegment(doc, merge.firstSegmentId, range, merge.author, TRANSCRIPT_ORIGIN);
      deleteRecord(doc, merge.secondSegmentId, TRANSCRIPT_ORIGIN);
    }
  }, TRANSCRIPT_ORIGIN);
  return ok(joinOffset);
}
