import * as Y from 'yjs';
import { transcriptOf } from '../../shared/doc/layerRoots.ts';
import { UTTERANCE_SEGMENT_ATTR } from '../../shared/doc/roots.ts';
import type { UtteranceText } from '../../shared/protocol/history.ts';

function plainTextOf(node: unknown): string {
  if (node instanceof Y.XmlText) {
    // The delta, not toString(): toString() writes formatting marks as XML tags.
    return (node.toDelta() as Array<{ insert?: unknown }>)
      .map((part) => (typeof part.insert === 'string' ? part.insert : ''))
      .join('');
  }
  if (node instanceof Y.XmlElement) return node.toArray().map(plainTextOf).join('');
  return '';
}

/** The transcript as plain text, one entry per block in document order, with the segment it is bound to. */
export function readUtteranceTexts(doc: Y.Doc): UtteranceText[] {
  return transcriptOf(doc)
    .toArray()
    .map((block) => {
      const segmentId =
        block instanceof Y.XmlElement ? block.getAttribute(UTTERANCE_SEGMENT_ATTR) : undefined;
      return {
        segmentId: typeof segmentId === 'string' ? segmentId : null,
        text: plainTextOf(block),
      };
    });
}
