import type { SegmentView } from '../../doc/readLayer.ts';
import { bipartiteComponents } from './bipartiteComponents.ts';
import { overlappingPairs } from './overlappingPairs.ts';

/** An utterance to score: its segment's timing and the text of its transcript block. */
export interface Utterance extends Pick<SegmentView, 'id' | 'startMs' | 'endMs'> {
  text: string;
}

/** Utterances of two layers that overlap one another, directly or through a chain. */
export interface UtteranceGroup {
  startMs: number;
  endMs: number;
  /** In time order (start, end, id); empty when the other layer has speech nobody here wrote. */
  reference: readonly Utterance[];
  hypothesis: readonly Utterance[];
}

/**
 * Pairs the utterances of two layers for WER: utterances that share time are joined into one group,
 * transitively, so one long utterance against two short ones is one group rather than a match and
 * a miss; an utterance that overlaps nothing is a group with one side empty. Groups come in time
 * order (start, then end, then the first id).
 */
export function groupOverlappingUtterances(
  reference: readonly Utterance[],
  hypothesis: readonly Utterance[],
): UtteranceGroup[] {
  const [sortedReference, sortedHypothesis] = [inTimeOrder(reference), inTimeOrder(hypothesis)];
  const components = bipartiteComponents(
    sortedReference.length,
    sortedHypothesis.length,
    overlappingPairs(sortedReference, sortedHypothesis),
  );
  const groups = components.map((component) => {
    const members = {
      reference: component.left.map((index) => sortedReference[index] as Utterance),
      hypothesis: component.right.map((index) => sortedHypothesis[index] as Utterance),
    };
    const all = [...members.reference, ...members.hypothesis];
    return {
      startMs: Math.min(...all.map((utterance) => utterance.startMs)),
      endMs: Math.max(...all.map((utterance) => utterance.endMs)),
      firstId: inTimeOrder(all)[0]?.id ?? '',
      ...members,
    };
  });
  return groups
    .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs || compareIds(a.firstId, b.firstId))
    .map(({ firstId: _firstId, ...group }) => group);
}

function inTimeOrder(utterances: readonly Utterance[]): Utterance[] {
  return [...utterances].sort(
    (a, b) => a.startMs - b.startMs || a.endMs - b.endMs || compareIds(a.id, b.id),
  );
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
