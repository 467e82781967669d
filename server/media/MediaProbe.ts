import type { FrameRate } from '../../shared/protocol/http.ts';

/**
 * What probing a media file found. Audio-only media have no frames: frameCount, width and
 * height are 0 and the frame rate is 0/1.
 */
export interface MediaProbe {
  durationMs: number;
  frameRate: FrameRate;
  frameCount: number;
  width: number;
  height: number;
  hasAudio: boolean;
}
