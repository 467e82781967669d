import type { NativeMedia } from '../../shared/formats/native/nativeItemSchema.ts';
import type { MediaRow } from '../storage/MetaStore.ts';

/** The media facts a native file carries, from the stored media row. */
export function nativeMediaOf(media: MediaRow | undefined): NativeMedia | null {
  if (!media) return null;
  const { durationMs, frameRate, frameCount, width, height, mimeType, sha256 } = media;
  return {
    durationMs,
    frameRate: { num: frameRate.num, den: frameRate.den },
    frameCount,
    width,
    height,
    mimeType,
    sha256,
  };
}
