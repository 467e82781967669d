import { describe, expect, it } from 'vitest';
import { buildPeakLevels } from '../../../server/media/peaks/buildPeakLevels.ts';
import type { ComputedPeaks } from '../../../server/media/peaks/ComputedPeaks.ts';
import { encodePeaksFile } from '../../../server/media/peaks/encodePeaksFile.ts';
import { PeakAccumulator } from '../../../server/media/peaks/PeakAccumulator.ts';
import { readPeaksLayout } from '../../../server/media/peaks/readPeaksLayout.ts';

function pcmBytes(samples: readonly number[]): Buffer {
  const bytes = Buffer.alloc(samples.length * 2);
  samples.forEach((sample, index) => bytes.writeInt16LE(sample, index * 2));
  return bytes;
}

function samplePeaks(): ComputedPeaks {
  const samples = Array.from({ length: 5_000 }, (_, index) =>
    Math.round(30_000 * Math.sin(index / 7) * Math.cos(index / 900)),
  );
  const accumulator = new PeakAccumulator(8);
  accumulator.push(pcmBytes(samples));
  const finest = accumulator.finish();
  return {
    sampleRate: 16_000,
    sampleCount: finest.sampleCount,
    levels: buildPeakLevels({ samplesPerBucket: 8, buckets: finest.buckets }, 4, 20),
  };
}

describe('the peak accumulator', () => {
  it('gives the same buckets however the byte stream is cut into chunks', () => {
    const samples = Array.from({ length: 1_001 }, (_, index) => ((index * 7919) % 65_536) - 32_768);
    const bytes = pcmBytes(samples);
    const whole = new PeakAccumulator(10);
    whole.push(bytes);
    const pieces = new PeakAccumulator(10);
    for (let start = 0; start < bytes.length; start += 3)
      pieces.push(bytes.subarray(start, start + 3));
    expect(pieces.finish()).toEqual(whole.finish());
  });

  it('counts the last, partly filled bucket', () => {
    const accumulator = new PeakAccumulator(4);
    accumulator.push(pcmBytes([256, -512, 0, 1024, 32_767, -32_768]));
    expect(accumulator.finish()).toEqual({
      sampleCount: 6,
      buckets: new Int8Array([-2, 4, -128, 127]),
    });
  });
});

describe('peaks files', () => {
  it('read back the layout they were written with', () => {
    const peaks = samplePeaks();
    const layout = readPeaksLayout(encodePeaksFile(peaks));
    expect(layout.ok && layout.value.levels.map((level) => level.bucketCount)).toEqual(
      peaks.levels.map((level) => level.buckets.length / 2),
    );
    expect(layout.ok && layout.value.sampleCount).toBe(5_000);
  });

  it('are refused when cut short, with the sizes in the message', () => {
    const file = encodePeaksFile(samplePeaks());
    const layout = readPeaksLayout(file.subarray(0, file.length - 10));
    expect(layout).toEqual({
      ok: false,
      error: `the file is ${file.length - 10} bytes; its header says ${file.length}`,
    });
  });

  it('are refused when one byte of the buckets changed', () => {
    const file = Buffer.from(encodePeaksFile(samplePeaks()));
    file[200] = (file[200]! + 1) % 256;
    expect(readPeaksLayout(file)).toEqual({
      ok: false,
      error: 'the checksum does not match the contents',
    });
  });

  it('are refused when the header disagrees with itself', () => {
    const file = Buffer.from(encodePeaksFile(samplePeaks()));
    file.writeUInt32LE(3, 24);
    expect(readPeaksLayout(file)).toEqual({
      ok: false,
      error: 'level 0 has 3 buckets for 5000 samples',
    });
    expect(readPeaksLayout(Buffer.from('CPKX0000000000000000000000'))).toEqual({
      ok: false,
      error: 'not a peaks file',
    });
  });
});
