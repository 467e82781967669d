import type { Label } from '../../schema/labelSchema.ts';

/** Distinct colours a new label is given in turn, each readable on light and dark canvases. */
export const LABEL_PALETTE: readonly string[] = [
  '#d62839',
  '#2a9d8f',
  '#3a86ff',
  '#f4a261',
  '#8338ec',
  '#6a994e',
  '#ff006e',
  '#8d6e63',
  '#00b4d8',
  '#e9c46a',
  '#577590',
  '#bc6c25',
];

/** The first palette colour no label uses yet; once all are used, they come round again. */
export function nextLabelColour(labels: readonly Label[]): string {
  const used = new Set(labels.map((label) => label.colour));
  const unused = LABEL_PALETTE.find((colour) => !used.has(colour));
  return unused ?? (LABEL_PALETTE[labels.length % LABEL_PALETTE.length] as string);
}
