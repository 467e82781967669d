import * as Y from 'yjs';
import { transcriptOf } from '../../shared/doc/layerRoots.ts';
import { UTTERANCE_NODE, UTTERANCE_SEGMENT_ATTR } from '../../shared/doc/roots.ts';
import type { NativeTranscriptBlock } from '../../shared/formats/native/nativeItemSchema.ts';

function utteranceBlock({ segmentId, text }: NativeTranscriptBlock): Y.XmlElement {
  const block = new Y.XmlElement(UTTERANCE_NODE);
  if (segmentId !== null) block.setAttribute(UTTERANCE_SEGMENT_ATTR, segmentId);
  // An empty utterance has no text node, as the editor leaves it.
  if (text.length > 0) block.insert(0, [new Y.XmlText(text)]);
  return block;
}

/** Appends utterance blocks, in order, to the end of the layer's transcript. */
export function writeTranscriptBlocks(doc: Y.Doc, blocks: readonly NativeTranscriptBlock[]): void {
  if (blocks.length === 0) return;
  const fragment = transcriptOf(doc);
  fragment.insert(fragment.length, blocks.map(utteranceBlock));
}
