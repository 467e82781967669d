/** Mask geometry is in whole quarter pixels; pixel i covers [4i, 4i + 4), its centre is 4i + 2. */
export const SUBPIXELS = 4;

/** Coordinates may reach this far outside the largest mask, in quarter pixels. */
export const MAX_COORDINATE = 2 * 8192 * SUBPIXELS;

/** Centre of pixel `index`, in quarter pixels. */
export function pixelCentre(index: number): number {
  return index * SUBPIXELS + SUBPIXELS / 2;
}

/**
 * The first pixel whose centre lies at or after `numerator / denominator` (denominator > 0), so a
 * span from a left crossing to a right crossing holds the centres on its left edge, not its right.
 */
export function firstPixelFrom(numerator: number, denominator: number): number {
  // Exact: |numerator| < 2^40 and the true quotient is never within 2^-40 of an integer unless equal.
  return Math.ceil((numerator - (SUBPIXELS / 2) * denominator) / (SUBPIXELS * denominator));
}
