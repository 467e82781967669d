import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameOfMediaTime } from '../../../client/video/frameOfMediaTime.ts';

interface ProbedFrames {
  timeBase: string;
  frameRate: { num: number; den: number };
  frames: { index: number; pts: number }[];
}

const fixture = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/demoFrames.json'), 'utf8'),
) as ProbedFrames;

describe('frame of a presented timestamp', () => {
  it("gives ffprobe's frame index for every frame of the demo video, however the seconds are rounded", () => {
    const [, denominator] = fixture.timeBase.split('/').map(Number);
    for (const frame of fixture.frames) {
      const exactSeconds = frame.pts / denominator!;
      expect(frameOfMediaTime(exactSeconds, fixture.frameRate)).toBe(frame.index);
      expect(frameOfMediaTime(exactSeconds - 1e-6, fixture.frameRate)).toBe(frame.index);
      expect(frameOfMediaTime(exactSeconds + 1e-6, fixture.frameRate)).toBe(frame.index);
    }
  });
});
