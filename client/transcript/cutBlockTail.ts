import * as Y from 'yjs';
import { childLength } from './utteranceBlocks.ts';

/** A child of a block as Yjs lets it be inserted (y-prosemirror never writes Y.XmlHook). */
export type BlockChild = Y.XmlElement | Y.XmlText;
type DeltaOp = { insert?: string | object; attributes?: Record<string, unknown> };

function deltaAfter(text: Y.XmlText, offset: number): DeltaOp[] {
  const tail: DeltaOp[] = [];
  let skip = offset;
  for (const op of text.toDelta() as DeltaOp[]) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1;
    if (skip >= length) {
      skip -= length;
      continue;
    }
    const insert = typeof op.insert === 'string' ? op.insert.slice(skip) : op.insert;
    tail.push(op.attributes ? { insert, attributes: op.attributes } : { insert });
    skip = 0;
  }
  return tail;
}

function textWithDelta(delta: DeltaOp[]): Y.XmlText {
  const text = new Y.XmlText();
  // An unattached Y.XmlText queues the delta and applies it when inserted.
  text.applyDelta(delta);
  return text;
}

/**
 * Removes everything after `offset` (in editor positions) from a block and returns it as unattached
 * children, formatting kept, ready to be inserted into another block.
 */
export function cutBlockTail(block: Y.XmlElement, offset: number): BlockChild[] {
  const children = block.toArray() as BlockChild[];
  const tail: BlockChild[] = [];
  let remaining = offset;
  let firstWholeChild = children.length;
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index]!;
    const length = childLength(child);
    if (remaining >= length) {
      remaining -= length;
      continue;
    }
    if (child instanceof Y.XmlText && remaining > 0) {
      tail.push(textWithDelta(deltaAfter(child, remaining)));
      child.delete(remaining, length - remaining);
      firstWholeChild = index + 1;
    } else {
      firstWholeChild = index;
    }
    break;
  }
  for (const child of children.slice(firstWholeChild)) tail.push(child.clone() as BlockChild);
  if (firstWholeChild < children.length)
    block.delete(firstWholeChild, children.length - firstWholeChild);
  return tail;
}
