import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computePeaks } from '../../../server/media/peaks/computePeaks.ts';
import { PEAK_RESOLUTION } from '../../../server/media/peaks/peakResolution.ts';
import { writeTestWav } from './writeTestWav.ts';

const ffmpegFound = spawnSync('ffmpeg', ['-version'], { stdio: 'ignore' }).status === 0;
const requireFfmpeg = process.env.CI === 'true';
if (!ffmpegFound && !requireFfmpeg) {
  console.warn(
    'skipping the peak computation tests: ffmpeg is not on PATH (apt-get install ffmpeg)',
  );
}

const RATE = PEAK_RESOLUTION.sampleRate;

/** A square wave whose amplitude steps every 100 ms, a silent stretch, and a length that is no multiple of a bucket. */
function steppedSquareWave(): Int16Array {
  const amplitudes = [32767, 16384, 1000, 0, -1, 24000, 8191, 32767, 512, 20000];
  const samples = new Int16Array(amplitudes.length * (RATE / 10) + 37);
  for (let index = 0; index < samples.length; index += 1) {
    const amplitude = amplitudes[Math.min(amplitudes.length - 1, Math.floor(index / (RATE / 10)))]!;
    const high = Math.floor(index / 20) % 2 === 0;
    samples[index] = high ? amplitude : -amplitude - (amplitude === 32767 ? 1 : 0);
  }
  return samples;
}

/** The reference: min and max of every `perBucket` raw samples, keeping the high byte, computed here and only here. */
function referenceBuckets(samples: Int16Array, perBucket: number): number[] {
  const pairs: number[] = [];
  for (let start = 0; start < samples.length; start += perBucket) {
    const bucket = samples.subarray(start, start + perBucket);
    pairs.push(Math.floor(Math.min(...bucket) / 256), Math.floor(Math.max(...bucket) / 256));
  }
  return pairs;
}

let folder: string;

beforeAll(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-peaks-'));
});

afterAll(() => fs.rm(folder, { recursive: true, force: true }));

describe.skipIf(!ffmpegFound && !requireFfmpeg)('computing peaks with ffmpeg', () => {
  it('gives every level the exact min and max of its buckets for 16 kHz mono input', async () => {
    const samples = steppedSquareWave();
    const wavPath = path.join(folder, 'square.wav');
    await writeTestWav(wavPath, samples, RATE);
    const peaks = await computePeaks('ffmpeg', wavPath);
    if (!peaks.ok) throw new Error(peaks.error);
    expect(peaks.value.sampleRate).toBe(RATE);
    expect(peaks.value.sampleCount).toBe(samples.length);
    const perBucket = peaks.value.levels.map((level) => level.samplesPerBucket);
    expect(perBucket).toEqual([32, 128, 512, 2048].slice(0, perBucket.length));
    expect(peaks.value.levels.at(-1)!.buckets.length / 2).toBeLessThanOrEqual(512);
    for (const level of peaks.value.levels) {
      expect(Array.from(level.buckets)).toEqual(referenceBuckets(samples, level.samplesPerBucket));
    }
  });

  it('mixes 44.1 kHz stereo to mono and keeps a sine’s amplitude', async () => {
    const seconds = 3;
    const frames = 44_100 * seconds;
    const stereo = new Int16Array(frames * 2);
    for (let frame = 0; frame < frames; frame += 1) {
      const value = Math.round(16384 * Math.sin((2 * Math.PI * 440 * frame) / 44_100));
      stereo[2 * frame] = value;
      stereo[2 * frame + 1] = value;
    }
    const wavPath = path.join(folder, 'sine.wav');
    await writeTestWav(wavPath, stereo, 44_100, 2);
    const peaks = await computePeaks('ffmpeg', wavPath);
    if (!peaks.ok) throw new Error(peaks.error);
    expect(Math.abs(peaks.value.sampleCount - RATE * seconds)).toBeLessThanOrEqual(32);
    const coarse = peaks.value.levels[1]!.buckets;
    // 128 samples at 16 kHz hold three periods of 440 Hz, so every inner bucket reaches both peaks of ±0.5.
    for (let bucket = 1; bucket < coarse.length / 2 - 1; bucket += 1) {
      expect(coarse[2 * bucket]).toBeGreaterThanOrEqual(-66);
      expect(coarse[2 * bucket]).toBeLessThanOrEqual(-62);
      expect(coarse[2 * bucket + 1]).toBeGreaterThanOrEqual(61);
      expect(coarse[2 * bucket + 1]).toBeLessThanOrEqual(65);
    }
  });

  it('says why when ffmpeg cannot decode the file', async () => {
    const junkPath = path.join(folder, 'junk.m4a');
    await fs.writeFile(junkPath, 'this is not audio at all');
    const peaks = await computePeaks('ffmpeg', junkPath);
    expect(peaks.ok).toBe(false);
    if (!peaks.ok) expect(peaks.error).toMatch(/^ffmpeg could not decode the audio: /);
  });
});
