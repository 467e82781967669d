import * as Y from 'yjs';
import { transcriptOf } from './layerRoots.ts';
import { UTTERANCE_SEGMENT_ATTR } from './roots.ts';

/** The text node of the utterance block bound to a segment; null when there is none or it is empty. */
export function utteranceText(doc: Y.Doc, segmentId: string): Y.XmlText | null {
  for (const block of transcriptOf(doc).toArray()) {
    if (!(block instanceof Y.XmlElement)) continue;
    if (block.getAttribute(UTTERANCE_SEGMENT_ATTR) !== segmentId) continue;
    const text = block.toArray().find((child) => child instanceof Y.XmlText);
    return text instanceof Y.XmlText ? text : null;
  }
  return null;
}
