import * as Y from 'yjs';

type Block = ReturnType<Y.XmlFragment['toArray']>[number];

function blockText(block: Block): string {
  if (block instanceof Y.XmlHook) return `hook:${JSON.stringify(block.toJSON())}`;
  // toString sorts attributes and writes formatting, so equal strings mean equal blocks.
  return block.toString();
}

/**
 * Makes the live transcript hold the target's blocks. Only the run between the longest common
 * head and tail is replaced, so untouched utterances keep their identity (and carets, and links
 * anchored in them). Returns whether anything was written.
 */
export function restoreTranscript(live: Y.XmlFragment, target: Y.XmlFragment): boolean {
  const current = live.toArray().map(blockText);
  const wanted = target.toArray();
  const wantedText = wanted.map(blockText);
  const shorter = Math.min(current.length, wanted.length);
  let head = 0;
  while (head < shorter && current[head] === wantedText[head]) head += 1;
  let tail = 0;
  while (
    tail < shorter - head &&
    current[current.length - 1 - tail] === wantedText[wantedText.length - 1 - tail]
  ) {
    tail += 1;
  }
  const removeCount = current.length - head - tail;
  const inserted = wanted.slice(head, wanted.length - tail).map((block) => block.clone());
  if (removeCount === 0 && inserted.length === 0) return false;
  if (removeCount > 0) live.delete(head, removeCount);
  // Yjs's typings leave hooks out of insert's parameter, though a fragment holds and inserts them.
  if (inserted.length > 0) live.insert(head, inserted as Array<Y.XmlElement | Y.XmlText>);
  return true;
}
