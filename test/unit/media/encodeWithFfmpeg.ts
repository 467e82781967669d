import { execFileSync } from 'node:child_process';
import { findFfmpeg } from '../../../server/media/findFfmpeg.ts';

/** ffmpeg on PATH, or null; under CI=true the tests that need it must run, so they fail instead of skipping. */
export const FFMPEG_PATH = findFfmpeg();

/** Why ffmpeg-made fixtures cannot be made here, or null when they can (or must). */
export function ffmpegSkipReason(): string | null {
  if (FFMPEG_PATH || process.env.CI === 'true') return null;
  return 'image encodings skipped: ffmpeg is not on PATH (install FFmpeg to run them)';
}

/** One frame of ffmpeg's test pattern at `size` (like '37x23'), encoded with `codecArgs`. */
export function encodeTestImage(size: string, format: string, codecArgs: string[]): Uint8Array {
  if (!FFMPEG_PATH) throw new Error('ffmpeg is not on PATH');
  return execFileSync(FFMPEG_PATH, [
    ...['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', `testsrc=size=${size}`],
    ...['-frames:v', '1', ...codecArgs, '-f', format, '-'],
  ]);
}
