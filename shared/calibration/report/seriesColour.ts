// Distinct on white and for the common colour-vision deficiencies (Okabe–Ito order, then darker tones).
const SERIES_COLOURS = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#d55e00',
  '#56b4e9',
  '#7a5c00',
  '#444444',
];

/** The colour of the n-th series in a chart, repeating after eight. */
export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] as string;
}
