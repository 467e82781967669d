/**
 * Colours of the layers a reviewer compares, in layer order: apart from one another and from the
 * demo's label colours, so that whose box is whose reads at a glance.
 */
export const LAYER_COLOURS = [
  '#ff9f1c',
  '#00b4d8',
  '#e040fb',
  '#c6ff00',
  '#ff5d8f',
  '#7b61ff',
  '#2ec4b6',
  '#ffd166',
] as const;

/** The colour of the adjudicated `final` layer. */
export const FINAL_LAYER_COLOUR = '#ffffff';

/** The colour of the layer at `index`, cycling through the palette. */
export function layerColourAt(index: number): string {
  return LAYER_COLOURS[index % LAYER_COLOURS.length] as string;
}
