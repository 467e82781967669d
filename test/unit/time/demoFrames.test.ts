import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameAtMs } from '../../../shared/time/frameAtMs.ts';
import { frameCountOf } from '../../../shared/time/frameCountOf.ts';
import type { FrameRate } from '../../../shared/time/FrameRate.ts';
import { frameOfTimestamp } from '../../../shared/time/frameOfTimestamp.ts';
import { frameStartMs } from '../../../shared/time/frameStartMs.ts';
import { seekTimeForFrame } from '../../../shared/time/seekTimeForFrame.ts';

interface ProbedFrames {
  timeBase: string;
  frameRate: FrameRate;
  frames: { index: number; pts: number; ptsTime: number }[];
}

interface DemoManifest {
  frameRate: FrameRate;
  frameCount: number;
  durationMs: number;
}

function readJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(new URL(relativePath, import.meta.url), 'utf8')) as T;
}

const probed = readJson<ProbedFrames>('../../fixtures/demoFrames.json');
const manifest = readJson<DemoManifest>('../../../samples/demo.json');
const rate = manifest.frameRate;

describe('media time against the frames ffprobe reads from the demo video', () => {
  it('has one probed timestamp per frame of the manifest', () => {
    expect(probed.frameRate).toEqual(rate);
    expect(probed.frames.map((frame) => frame.index)).toEqual(
      Array.from({ length: manifest.frameCount }, (_, index) => index),
    );
    expect(frameCountOf(manifest.durationMs, rate)).toBe(manifest.frameCount);
  });

  it('maps every probed timestamp back to its frame index', () => {
    for (const frame of probed.frames) {
      expect(frameOfTimestamp(frame.ptsTime, rate)).toBe(frame.index);
      expect(frameAtMs(Math.ceil(frame.ptsTime * 1000), rate)).toBe(frame.index);
    }
  });

  it('agrees with every probed timestamp to within a microsecond', () => {
    const [, timeBaseDen] = probed.timeBase.split('/').map(Number);
    for (const frame of probed.frames) {
      expect(Math.abs(frameStartMs(frame.index, rate) - frame.ptsTime * 1000)).toBeLessThan(1e-3);
      expect(frameStartMs(frame.index, rate)).toBeCloseTo(
        (frame.pts * 1000) / (timeBaseDen ?? 1),
        9,
      );
    }
  });

  it('seeks inside each probed frame, before the next one starts', () => {
    probed.frames.forEach((frame, position) => {
      const seekSeconds = seekTimeForFrame(frame.index, rate);
      expect(seekSeconds).toBeGreaterThan(frame.ptsTime);
      const next = probed.frames[position + 1];
      if (next) expect(seekSeconds).toBeLessThan(next.ptsTime);
    });
  });
});
