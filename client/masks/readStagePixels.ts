import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';

/**
 * The RGBA pixels of the frame the stage shows, at the media's own size: the stage's video or
 * image drawn into a 2D canvas (the screen's zoom and filters play no part).
 */
export function readStagePixels(
  stage: HTMLElement,
  size: { width: number; height: number },
): Result<ImageData> {
  const media = stage.querySelector<HTMLVideoElement | HTMLImageElement>('video, img');
  if (!media) return fail('there is no frame on screen to pick colours from');
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return fail('this browser cannot read the frame’s pixels');
  try {
    context.drawImage(media, 0, 0, size.width, size.height);
    return ok(context.getImageData(0, 0, size.width, size.height));
  } catch (error) {
    return fail(`the frame’s pixels cannot be read (${String(error)})`);
  }
}
