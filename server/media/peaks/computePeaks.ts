import { spawn } from 'node:child_process';
import type { Result } from '../../../shared/schema/result.ts';
import { fail, ok } from '../../../shared/schema/result.ts';
import { buildPeakLevels } from './buildPeakLevels.ts';
import type { ComputedPeaks } from './ComputedPeaks.ts';
import { PeakAccumulator } from './PeakAccumulator.ts';
import { PEAK_RESOLUTION } from './peakResolution.ts';

/** What computing needs besides the file. */
export interface ComputePeaksOptions {
  /** Stops ffmpeg; the result is then a failure saying so. */
  signal?: AbortSignal;
  /** The probed duration, to size the first buffer; a wrong guess only costs a reallocation. */
  expectedDurationMs?: number;
  /** @default PEAK_RESOLUTION */
  resolution?: typeof PEAK_RESOLUTION;
}

const STDERR_KEPT_BYTES = 4096;

function ffmpegArguments(filePath: string, sampleRate: number): string[] {
  return [
    ...['-nostdin', '-hide_banner', '-loglevel', 'error', '-i', filePath],
    ...['-map', '0:a:0', '-vn', '-sn', '-dn', '-ac', '1', '-ar', String(sampleRate)],
    ...['-c:a', 'pcm_s16le', '-f', 's16le', 'pipe:1'],
  ];
}

/**
 * Decodes the file's first audio stream with ffmpeg to 16-bit mono PCM at the resolution's rate,
 * streamed through a pipe into min/max buckets (never held whole), and builds every level.
 */
export async function computePeaks(
  ffmpegPath: string,
  filePath: string,
  options: ComputePeaksOptions = {},
): Promise<Result<ComputedPeaks>> {
  const resolution = options.resolution ?? PEAK_RESOLUTION;
  const { sampleRate, finestSamplesPerBucket } = resolution;
  const expectedSamples = ((options.expectedDurationMs ?? 0) * sampleRate) / 1000;
  const accumulator = new PeakAccumulator(finestSamplesPerBucket, expectedSamples);
  const child = spawn(ffmpegPath, ffmpegArguments(filePath, sampleRate), {
    stdio: ['ignore', 'pipe', 'pipe'],
    signal: options.signal,
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    if (stderr.length < STDERR_KEPT_BYTES) stderr += text;
  });
  const exited = new Promise<{ code: number | null; error?: Error }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, error }));
    child.once('close', (code) => resolve({ code }));
  });
  try {
    for await (const chunk of child.stdout) accumulator.push(chunk as Buffer);
  } catch {
    // The pipe breaks when ffmpeg is stopped or fails to start; the exit below says why.
  }
  const { code, error } = await exited;
  if (options.signal?.aborted) return fail('computing the peaks was stopped');
  if (error) return fail(`ffmpeg could not be started: ${error.message}`);
  if (code !== 0) {
    const reason = stderr.trim().split('\n').slice(-3).join('; ') || `exit code ${code}`;
    return fail(`ffmpeg could not decode the audio: ${reason}`);
  }
  const finest = accumulator.finish();
  const levels = buildPeakLevels(
    { samplesPerBucket: finestSamplesPerBucket, buckets: finest.buckets },
    resolution.levelFactor,
    resolution.coarsestMaxBuckets,
  );
  return ok({ sampleRate, sampleCount: finest.sampleCount, levels });
}
