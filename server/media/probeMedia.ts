import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { findFfprobe } from './findFfprobe.ts';
import type { MediaProbe } from './MediaProbe.ts';
import { probeIsoBmff } from './probeIsoBmff.ts';
import { probeWithFfprobe } from './probeWithFfprobe.ts';
import type { SniffedMedia } from './sniffMediaType.ts';

const INSTALL_HINT = 'install FFmpeg (which provides ffprobe) on the server, or upload MP4 or MOV';

function checkProbe(probe: MediaProbe): Result<MediaProbe> {
  if (probe.durationMs <= 0) return fail('the file has a duration of zero');
  const hasVideo = probe.frameCount > 0;
  if (hasVideo && (probe.width <= 0 || probe.height <= 0)) {
    return fail('the video stream does not say its width and height');
  }
  return ok(probe);
}

/**
 * Finds duration, frame rate, frame count, size and audio of a sniffed file: MP4 and MOV with
 * the built-in reader (ffprobe only as a fallback), every other container with ffprobe.
 */
export async function probeMedia(
  filePath: string,
  sniffed: SniffedMedia,
  ffprobePath: string | null = findFfprobe(),
): Promise<Result<MediaProbe>> {
  if (sniffed.container === 'mp4' || sniffed.container === 'mov') {
    const native = await probeIsoBmff(filePath);
    if (native.ok) return checkProbe(native.value);
    if (!ffprobePath) return fail(`${native.error}; ${INSTALL_HINT}`);
    const fallback = await probeWithFfprobe(ffprobePath, filePath);
    return fallback.ok ? checkProbe(fallback.value) : fail(native.error);
  }
  if (!ffprobePath) {
    return fail(
      `${sniffed.container.toUpperCase()} files need ffprobe to be probed, and this server does not have it; ${INSTALL_HINT}`,
    );
  }
  const probed = await probeWithFfprobe(ffprobePath, filePath);
  return probed.ok ? checkProbe(probed.value) : probed;
}
