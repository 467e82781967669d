import type { TextNormalisation } from './normaliseText.ts';
import { normaliseText } from './normaliseText.ts';

/** The words of a text as WER counts them, after normaliseText; empty for blank text. */
export function tokeniseWords(text: string, options: TextNormalisation = {}): string[] {
  const normalised = normaliseText(text, options);
  return normalised === '' ? [] : normalised.split(' ');
}
