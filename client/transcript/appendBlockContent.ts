import * as Y from 'yjs';
import type { BlockChild } from './cutBlockTail.ts';

/** Appends copies of a block's content to another block, joining the text where they meet. */
export function appendBlockContent(target: Y.XmlElement, source: Y.XmlElement): void {
  const children = source.toArray() as BlockChild[];
  const last = target.length > 0 ? target.get(target.length - 1) : null;
  const first = children[0];
  if (last instanceof Y.XmlText && first instanceof Y.XmlText) {
    // One text run where they meet, as the editor would have it; formatting is kept.
    last.applyDelta([{ retain: last.length }, ...first.toDelta()]);
    children.shift();
  }
  if (children.length > 0) {
    target.insert(
      target.length,
      children.map((child) => child.clone() as BlockChild),
    );
  }
}
