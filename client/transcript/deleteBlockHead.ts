import * as Y from 'yjs';
import type { BlockChild } from './cutBlockTail.ts';
import { childLength } from './utteranceBlocks.ts';

/** Deletes the first `offset` editor positions of a block's content, in place. */
export function deleteBlockHead(block: Y.XmlElement, offset: number): void {
  let remaining = offset;
  let wholeChildren = 0;
  for (const child of block.toArray() as BlockChild[]) {
    if (remaining <= 0) break;
    const length = childLength(child);
    if (child instanceof Y.XmlText && remaining < length) {
      child.delete(0, remaining);
      break;
    }
    remaining -= length;
    wholeChildren += 1;
  }
  if (wholeChildren > 0) block.delete(0, wholeChildren);
}
