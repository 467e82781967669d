import type { ErrorRate } from './errorRateOf.ts';
import { errorRateOf } from './errorRateOf.ts';
import type { TextNormalisation } from './normaliseText.ts';
import { tokeniseWords } from './tokeniseWords.ts';

/** WER of a hypothesis text against a reference text, with the word-level diff. */
export function wordErrorRate(
  reference: string,
  hypothesis: string,
  options: TextNormalisation = {},
): ErrorRate {
  return errorRateOf(tokeniseWords(reference, options), tokeniseWords(hypothesis, options), 'word');
}
