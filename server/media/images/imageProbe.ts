import type { FrameRate } from '../../../shared/protocol/http.ts';
import type { MediaProbe } from '../MediaProbe.ts';
import type { ImageSize } from './ImageSize.ts';

/**
 * The frame rate of image items: image i is frame i and spans second i of media time, so every
 * ms ↔ frame conversion, the timeline and the native format (which needs a positive rate) work as
 * for video.
 */
export const IMAGE_FRAME_RATE: FrameRate = { num: 1, den: 1 };

/** What an image item of `frameCount` images of one size records as its media facts. */
export function imageProbe(frameCount: number, size: ImageSize): MediaProbe {
  return {
    durationMs: frameCount * 1000,
    frameRate: IMAGE_FRAME_RATE,
    frameCount,
    width: size.width,
    height: size.height,
    hasAudio: false,
  };
}
