/** Brightness and contrast of the media on the stage, in percent (100 leaves it as it is); per user, never in a document. */
export interface StageAdjustments {
  brightnessPercent: number;
  contrastPercent: number;
}

/** The media as it is. */
export const NO_ADJUSTMENTS: StageAdjustments = { brightnessPercent: 100, contrastPercent: 100 };

/** The CSS filter that applies the adjustments to the media element (never to the annotations). */
export function adjustmentsFilterCss(adjustments: StageAdjustments): string | undefined {
  const { brightnessPercent, contrastPercent } = adjustments;
  if (brightnessPercent === 100 && contrastPercent === 100) return undefined;
  return `brightness(${brightnessPercent}%) contrast(${contrastPercent}%)`;
}
