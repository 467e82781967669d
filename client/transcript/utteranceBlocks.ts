import * as Y from 'yjs';
import { UTTERANCE_NODE, UTTERANCE_SEGMENT_ATTR } from '../../shared/doc/roots.ts';

/** An utterance block of the transcript fragment and where it sits. */
export interface UtteranceBlock {
  block: Y.XmlElement;
  index: number;
}

/** The segment id an utterance block is bound to, or null for an unbound block. */
export function blockSegmentId(block: Y.XmlElement): string | null {
  const segmentId: unknown = block.getAttribute(UTTERANCE_SEGMENT_ATTR);
  return typeof segmentId === 'string' && segmentId.length > 0 ? segmentId : null;
}

/** The first utterance block bound to a segment. */
export function findUtteranceBlock(
  fragment: Y.XmlFragment,
  segmentId: string,
): UtteranceBlock | null {
  const children = fragment.toArray();
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index];
    if (
      child instanceof Y.XmlElement &&
      child.nodeName === UTTERANCE_NODE &&
      blockSegmentId(child) === segmentId
    ) {
      return { block: child, index };
    }
  }
  return null;
}

/** Length of a child in editor positions: characters of text, one for any inline node. */
export function childLength(child: Y.XmlElement | Y.XmlText | Y.XmlHook): number {
  return child instanceof Y.XmlText ? child.length : 1;
}

/** Length of a block's content in editor positions. */
export function blockContentLength(block: Y.XmlElement): number {
  return block.toArray().reduce((total, child) => total + childLength(child), 0);
}
