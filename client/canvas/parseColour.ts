const FALLBACK_COLOUR = 0x9e9e9e;

/** A `#rrggbb` colour as the number pixi takes; grey when the text is not a colour. */
export function parseColour(colour: string): number {
  return /^#[0-9a-fA-F]{6}$/.test(colour) ? Number.parseInt(colour.slice(1), 16) : FALLBACK_COLOUR;
}
