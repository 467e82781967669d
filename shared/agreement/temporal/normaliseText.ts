/** How text is normalised before two transcripts are compared. */
export interface TextNormalisation {
  /**
   * Compare letters exactly as written; otherwise case is folded (upper then lower case, which
   * folds "ß" and "SS" alike, since JavaScript has no case-folding API).
   * @default false
   */
  caseSensitive?: boolean;
  /**
   * Keep punctuation as written; otherwise punctuation is stripped from both edges of each word
   * ("mat." → "mat", "«oui»" → "oui") and kept inside it ("don't", "well-known"), and a
   * typographic apostrophe (’ or ʼ) reads as '.
   * @default false
   * @example normaliseText('Don’t — stop.', {}) === "don't stop"
   */
  keepPunctuation?: boolean;
}

const EDGE_PUNCTUATION = /^\p{P}+|\p{P}+$/gu;
const TYPOGRAPHIC_APOSTROPHES = /[\u2019\u02bc]/gu;

/**
 * Text as it is scored: Unicode NFC, case folded, punctuation stripped at word edges, words split
 * on any whitespace and joined by single spaces; words left empty (a lone "—") are dropped.
 */
export function normaliseText(text: string, options: TextNormalisation = {}): string {
  let normalised = text.normalize('NFC');
  if (!options.caseSensitive) {
    // Case mapping can decompose ("İ" → "i̇"), so compose again.
    normalised = normalised.toUpperCase().toLowerCase().normalize('NFC');
  }
  if (!options.keepPunctuation) normalised = normalised.replace(TYPOGRAPHIC_APOSTROPHES, "'");
  const words = normalised
    .split(/\s+/u)
    .map((word) => (options.keepPunctuation ? word : word.replace(EDGE_PUNCTUATION, '')));
  return words.filter((word) => word !== '').join(' ');
}
