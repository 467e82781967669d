import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { findFfprobe } from '../../../server/media/findFfprobe.ts';
import { probeIsoBmff } from '../../../server/media/probeIsoBmff.ts';
import { DEMO_MEDIA_PATH } from './uploadMedia.ts';

const ffprobePath = findFfprobe();
const runningInCi = process.env.CI === 'true';
if (!ffprobePath && !runningInCi) {
  console.warn(
    'skipping the comparison with ffprobe: ffprobe is not on PATH (install FFmpeg to run it)',
  );
}

interface FfprobeStream {
  codec_type: string;
  width?: number;
  height?: number;
  r_frame_rate: string;
  nb_frames: string;
  duration: string;
}

async function ffprobeStreams(executable: string, filePath: string): Promise<FfprobeStream[]> {
  const { stdout } = await promisify(execFile)(executable, [
    '-v',
    'error',
    '-show_streams',
    '-of',
    'json',
    filePath,
  ]);
  return (JSON.parse(stdout) as { streams: FfprobeStream[] }).streams;
}

describe.skipIf(!ffprobePath && !runningInCi)('the built-in MP4 probe', () => {
  it('agrees with ffprobe on samples/demo.mp4', async () => {
    if (!ffprobePath)
      throw new Error('CI=true requires ffprobe on PATH to check the built-in probe');
    const filePath = fileURLToPath(DEMO_MEDIA_PATH);
    const streams = await ffprobeStreams(ffprobePath, filePath);
    const video = streams.find((stream) => stream.codec_type === 'video');
    const [rateNum, rateDen] = (video?.r_frame_rate ?? '').split('/').map(Number);

    const probe = await probeIsoBmff(filePath);
    expect(probe.ok).toBe(true);
    if (!probe.ok) return;
    expect(probe.value.frameRate).toEqual({ num: rateNum, den: rateDen });
    expect(probe.value.frameCount).toBe(Number(video?.nb_frames));
    expect(probe.value.durationMs).toBe(Math.round(Number(video?.duration) * 1000));
    expect(probe.value.width).toBe(video?.width);
    expect(probe.value.height).toBe(video?.height);
    expect(probe.value.hasAudio).toBe(streams.some((stream) => stream.codec_type === 'audio'));
  });
});
