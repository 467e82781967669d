/** A coordinate rounded to a tenth of a pixel, to keep the markup short. */
export function roundPx(value: number): number {
  return Math.round(value * 10) / 10;
}
