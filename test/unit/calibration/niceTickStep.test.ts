import { describe, expect, it } from 'vitest';
import { niceTickStep } from '../../../shared/calibration/report/niceTickStep.ts';

describe('niceTickStep', () => {
  it('picks 1, 2 or 5 times a power of ten so the span takes at most the given ticks', () => {
    expect(niceTickStep(50, 8)).toBe(10);
    expect(niceTickStep(45, 8)).toBe(10);
    expect(niceTickStep(16, 8)).toBe(2);
    expect(niceTickStep(3, 8)).toBe(0.5);
    expect(niceTickStep(240, 8)).toBe(50);
  });

  it('falls back to a step of one for an empty or invalid span', () => {
    expect(niceTickStep(0, 8)).toBe(1);
    expect(niceTickStep(Number.NaN, 8)).toBe(1);
  });
});
