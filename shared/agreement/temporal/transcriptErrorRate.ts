import type { ErrorCounts, ErrorUnit } from './errorCounts.ts';
import { errorCounts } from './errorCounts.ts';
import type { ErrorRate } from './errorRateOf.ts';
import { characterErrorRate } from './characterErrorRate.ts';
import type { Utterance, UtteranceGroup } from './groupOverlappingUtterances.ts';
import { groupOverlappingUtterances } from './groupOverlappingUtterances.ts';
import type { TextNormalisation } from './normaliseText.ts';
import { wordErrorRate } from './wordErrorRate.ts';

/** One group of overlapping utterances with the WER and CER of its joined texts. */
export interface ScoredUtteranceGroup extends UtteranceGroup {
  words: ErrorRate;
  characters: ErrorRate;
}

/** WER and CER between two layers' transcripts, per group of overlapping utterances and overall. */
export interface TranscriptErrorRate {
  groups: readonly ScoredUtteranceGroup[];
  /** Edits of all groups over the reference tokens of all groups (words, or characters for CER). */
  words: ErrorCounts;
  characters: ErrorCounts;
}

/**
 * Scores a hypothesis transcript against a reference one: each group of overlapping utterances
 * (see groupOverlappingUtterances) compares the texts of its utterances joined in time order, and
 * the overall rate is the sum of edits over the sum of reference tokens. Time and memory grow with
 * the product of a group's two lengths, so a chain of overlaps spanning a long recording is costly.
 */
export function transcriptErrorRate(
  reference: readonly Utterance[],
  hypothesis: readonly Utterance[],
  options: TextNormalisation = {},
): TranscriptErrorRate {
  const groups = groupOverlappingUtterances(reference, hypothesis).map((group) => {
    const [referenceText, hypothesisText] = [
      joinedText(group.reference),
      joinedText(group.hypothesis),
    ];
    return {
      ...group,
      words: wordErrorRate(referenceText, hypothesisText, options),
      characters: characterErrorRate(referenceText, hypothesisText, options),
    };
  });
  return {
    groups,
    words: summed(
      groups.map((group) => group.words),
      'word',
    ),
    characters: summed(
      groups.map((group) => group.characters),
      'character',
    ),
  };
}

function joinedText(utterances: readonly Utterance[]): string {
  return utterances.map((utterance) => utterance.text).join(' ');
}

function summed(rates: readonly ErrorCounts[], unit: ErrorUnit): ErrorCounts {
  const total = (field: keyof Omit<ErrorCounts, 'rate' | 'reason'>) =>
    rates.reduce((sum, rate) => sum + rate[field], 0);
  const edits = {
    substitutions: total('substitutions'),
    deletions: total('deletions'),
    insertions: total('insertions'),
    referenceLength: total('referenceLength'),
    hypothesisLength: total('hypothesisLength'),
  };
  return errorCounts(edits, unit);
}
