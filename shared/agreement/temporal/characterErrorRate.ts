import type { ErrorRate } from './errorRateOf.ts';
import { errorRateOf } from './errorRateOf.ts';
import type { TextNormalisation } from './normaliseText.ts';
import { normaliseText } from './normaliseText.ts';

/**
 * CER of a hypothesis text against a reference text, with the character-level diff. Characters are
 * code points of the normalised text (NFC, so "é" is one either way it was typed; a letter with a
 * combining mark NFC cannot compose, or an emoji sequence, counts as several), and the single
 * spaces between words count.
 */
export function characterErrorRate(
  reference: string,
  hypothesis: string,
  options: TextNormalisation = {},
): ErrorRate {
  const characters = (text: string) => Array.from(normaliseText(text, options));
  return errorRateOf(characters(reference), characters(hypothesis), 'character');
}
