import type { GuidelineBlock } from './guidelineBlocks.ts';

/** One line of a block diff: kept, or only in the newer text, or only in the older one. */
export interface GuidelineBlockChange extends GuidelineBlock {
  change: 'same' | 'added' | 'removed';
}

// Past this many pairs of changed blocks the table would take too much memory: show the span as replaced.
const MAX_TABLE_CELLS = 4_000_000;

function sameBlock(left: GuidelineBlock, right: GuidelineBlock): boolean {
  return left.type === right.type && left.text === right.text;
}

function marked(
  blocks: readonly GuidelineBlock[],
  change: GuidelineBlockChange['change'],
): GuidelineBlockChange[] {
  return blocks.map((block) => ({ ...block, change }));
}

/** The changes between two spans that share no first or last block, by longest common subsequence. */
function changesBetween(
  before: readonly GuidelineBlock[],
  after: readonly GuidelineBlock[],
): GuidelineBlockChange[] {
  const width = after.length + 1;
  if ((before.length + 1) * width > MAX_TABLE_CELLS) {
    return [...marked(before, 'removed'), ...marked(after, 'added')];
  }
  // common[i * width + j]: length of the longest common subsequence of before[i..] and after[j..].
  const common = new Uint32Array((before.length + 1) * width);
  for (let i = before.length - 1; i >= 0; i -= 1) {
    for (let j = after.length - 1; j >= 0; j -= 1) {
      common[i * width + j] = sameBlock(before[i]!, after[j]!)
        ? common[(i + 1) * width + j + 1]! + 1
        : Math.max(common[(i + 1) * width + j]!, common[i * width + j + 1]!);
    }
  }
  const changes: GuidelineBlockChange[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && sameBlock(before[i]!, after[j]!)) {
      changes.push({ ...before[i]!, change: 'same' });
      i += 1;
      j += 1;
    } else if (
      i < before.length &&
      (j === after.length || common[(i + 1) * width + j]! >= common[i * width + j + 1]!)
    ) {
      changes.push({ ...before[i]!, change: 'removed' });
      i += 1;
    } else {
      changes.push({ ...after[j]!, change: 'added' });
      j += 1;
    }
  }
  return changes;
}

/**
 * What changed from `before` to `after`, block by block, in reading order: a block whose text
 * was edited shows as removed then added.
 */
export function diffGuidelineBlocks(
  before: readonly GuidelineBlock[],
  after: readonly GuidelineBlock[],
): GuidelineBlockChange[] {
  let start = 0;
  while (start < before.length && start < after.length && sameBlock(before[start]!, after[start]!))
    start += 1;
  let endBefore = before.length;
  let endAfter = after.length;
  while (
    endBefore > start &&
    endAfter > start &&
    sameBlock(before[endBefore - 1]!, after[endAfter - 1]!)
  ) {
    endBefore -= 1;
    endAfter -= 1;
  }
  return [
    ...marked(before.slice(0, start), 'same'),
    ...changesBetween(before.slice(start, endBefore), after.slice(start, endAfter)),
    ...marked(before.slice(endBefore), 'same'),
  ];
}
