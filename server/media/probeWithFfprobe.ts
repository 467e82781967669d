import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { z } from 'zod';
import type { FrameRate } from '../../shared/protocol/http.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import type { MediaProbe } from './MediaProbe.ts';

const runFile = promisify(execFile);

const PROBE_TIMEOUT_MS = 60_000;

const ffprobeOutputSchema = z.object({
  streams: z
    .array(
      z.object({
        codec_type: z.string().optional(),
        width: z.number().optional(),
        height: z.number().optional(),
        r_frame_rate: z.string().optional(),
        avg_frame_rate: z.string().optional(),
        nb_frames: z.string().optional(),
        duration: z.string().optional(),
        disposition: z.object({ attached_pic: z.number().optional() }).optional(),
      }),
    )
    .default([]),
  format: z.object({ duration: z.string().optional() }).default({}),
});

function parseRate(text: string | undefined): FrameRate | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text ?? '');
  const num = Number(match?.[1]);
  const den = Number(match?.[2]);
  return num > 0 && den > 0 ? { num, den } : undefined;
}

function parseSeconds(text: string | undefined): number | undefined {
  const seconds = Number(text);
  return text !== undefined && Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

async function runFfprobe(ffprobePath: string, filePath: string): Promise<Result<unknown>> {
  const args = ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', filePath];
  try {
    const { stdout } = await runFile(ffprobePath, args, {
      timeout: PROBE_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
    });
    return ok(JSON.parse(stdout));
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    return fail(`ffprobe could not read the file: ${stderr || (error as Error).message}`);
  }
}

/**
 * Probes any container ffprobe understands. Frame count is ffprobe's nb_frames when the
 * container states it, otherwise duration × frame rate rounded (WebM and MKV do not store it).
 */
export async function probeWithFfprobe(
  ffprobePath: string,
  filePath: string,
): Promise<Result<MediaProbe>> {
  const output = await runFfprobe(ffprobePath, filePath);
  if (!output.ok) return output;
  const parsed = ffprobeOutputSchema.safeParse(output.value);
  if (!parsed.success) return fail('ffprobe gave output Concord does not understand');
  const { streams, format } = parsed.data;
  const video = streams.find(
    (stream) => stream.codec_type === 'video' && stream.disposition?.attached_pic !== 1,
  );
  const audio = streams.find((stream) => stream.codec_type === 'audio');
  const timed = video ?? audio;
  if (!timed) return fail('the file has no video or audio stream');
  const seconds = parseSeconds(timed.duration) ?? parseSeconds(format.duration);
  if (seconds === undefined) return fail('the file does not say how long it is');
  const durationMs = Math.round(seconds * 1000);
  const hasAudio = audio !== undefined;
  if (!video) {
    return ok({
      durationMs,
      frameRate: { num: 0, den: 1 },
      frameCount: 0,
      width: 0,
      height: 0,
      hasAudio,
    });
  }
  const frameRate = parseRate(video.r_frame_rate) ?? parseRate(video.avg_frame_rate);
  if (!frameRate) return fail('the video stream has no frame rate');
  const statedFrames = Number(video.nb_frames);
  const frameCount =
    Number.isInteger(statedFrames) && statedFrames > 0
      ? statedFrames
      : Math.round((seconds * frameRate.num) / frameRate.den);
  return ok({
    durationMs,
    frameRate,
    frameCount,
    width: video.width ?? 0,
    height: video.height ?? 0,
    hasAudio,
  });
}
