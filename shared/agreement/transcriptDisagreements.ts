import type { SegmentView } from '../doc/readLayer.ts';
import { GOLD_LAYER } from '../doc/layerKind.ts';
import type { Disagreement } from './Disagreement.ts';
import { disagreementId } from './disagreementId.ts';
import type { ErrorCounts } from './temporal/errorCounts.ts';
import { errorCounts } from './temporal/errorCounts.ts';
import type { Utterance } from './temporal/groupOverlappingUtterances.ts';
import { transcriptErrorRate } from './temporal/transcriptErrorRate.ts';

/** The whole-number counts of a pair's transcripts, summed over tiers and groups of utterances. */
export interface TranscriptTotals {
  groups: number;
  /** Groups whose texts differ. */
  differing: number;
  words: Omit<ErrorCounts, 'rate' | 'reason'>;
  characters: Omit<ErrorCounts, 'rate' | 'reason'>;
}

/** What two layers' transcripts agree on: the totals with WER and CER. */
export interface TranscriptSummary extends TranscriptTotals {
  wer: number | null;
  cer: number | null;
}

const NO_EDITS = {
  substitutions: 0,
  deletions: 0,
  insertions: 0,
  referenceLength: 0,
  hypothesisLength: 0,
};

/** Totals with nothing counted yet. */
export function emptyTranscriptTotals(): TranscriptTotals {
  return { groups: 0, differing: 0, words: { ...NO_EDITS }, characters: { ...NO_EDITS } };
}

/** Adds `more` into `into`. */
export function addTranscriptTotals(into: TranscriptTotals, more: TranscriptTotals): void {
  into.groups += more.groups;
  into.differing += more.differing;
  for (const unit of ['words', 'characters'] as const) {
    for (const field of Object.keys(NO_EDITS) as (keyof typeof NO_EDITS)[]) {
      into[unit][field] += more[unit][field];
    }
  }
}

/** The summary of totals: WER and CER over the reference's words and characters. */
export function transcriptSummaryOf(totals: TranscriptTotals): TranscriptSummary {
  return {
    ...totals,
    wer: errorCounts(totals.words, 'word').rate,
    cer: errorCounts(totals.characters, 'character').rate,
  };
}

/** The utterances of a transcript tier's segments, with their text ('' when they have none). */
export function utterancesOf(
  segments: readonly SegmentView[],
  texts: ReadonlyMap<string, string> | undefined,
): Utterance[] {
  return segments.map(({ id, startMs, endMs }) => ({
    id,
    startMs,
    endMs,
    text: texts?.get(id) ?? '',
  }));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * Where two layers' transcripts (of one tier) disagree: each group of overlapping utterances whose
 * words differ is a `text` disagreement, scored against gold when the pair has it, else against the
 * left layer. Answers the disagreements and the whole-number totals.
 */
export function transcriptDisagreements(
  layers: readonly [string, string],
  left: readonly Utterance[],
  right: readonly Utterance[],
): { disagreements: Disagreement[]; totals: TranscriptTotals } {
  const goldFirst = layers[1] === GOLD_LAYER;
  const [reference, hypothesis] = goldFirst ? [right, left] : [left, right];
  const [referenceName, hypothesisName] = goldFirst ? [layers[1], layers[0]] : layers;
  const scored = transcriptErrorRate(reference, hypothesis);
  const totals = emptyTranscriptTotals();
  const disagreements: Disagreement[] = [];
  for (const group of scored.groups) {
    totals.groups += 1;
    addTranscriptTotals(totals, {
      ...emptyTranscriptTotals(),
      words: pick(group.words),
      characters: pick(group.characters),
    });
    const { substitutions, deletions, insertions } = group.words;
    const edits = substitutions + deletions + insertions;
    if (edits === 0) continue;
    totals.differing += 1;
    const objectIds = [...group.reference, ...group.hypothesis].map((each) => each.id).sort();
    const location = { startMs: group.startMs, endMs: group.endMs };
    const wer = group.words.rate;
    disagreements.push({
      id: disagreementId({ kind: 'text', layers, objectIds, location }),
      kind: 'text',
      severity: wer === null ? 1 : Math.min(1, wer),
      layers,
      objectIds,
      location,
      labelId: null,
      message: `${hypothesisName} differs from ${referenceName}: ${plural(substitutions, 'substitution')}, ${plural(deletions, 'deletion')}, ${plural(insertions, 'insertion')} in ${plural(group.words.referenceLength, 'word')}`,
    });
  }
  return { disagreements, totals };
}

function pick(counts: ErrorCounts): Omit<ErrorCounts, 'rate' | 'reason'> {
  const { substitutions, deletions, insertions, referenceLength, hypothesisLength } = counts;
  return { substitutions, deletions, insertions, referenceLength, hypothesisLength };
}
