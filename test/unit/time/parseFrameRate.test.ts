import { describe, expect, it } from 'vitest';
import { parseFrameRate } from '../../../shared/time/parseFrameRate.ts';

describe('parseFrameRate', () => {
  it('reads the rational rate ffprobe prints for NTSC video', () => {
    expect(parseFrameRate('30000/1001')).toEqual({ ok: true, value: { num: 30000, den: 1001 } });
  });

  it('reads a whole number of frames per second', () => {
    expect(parseFrameRate('25')).toEqual({ ok: true, value: { num: 25, den: 1 } });
  });

  it('reduces a fraction to lowest terms', () => {
    expect(parseFrameRate('50/2')).toEqual({ ok: true, value: { num: 25, den: 1 } });
    expect(parseFrameRate(' 60000 / 2002 ')).toEqual({
      ok: true,
      value: { num: 30000, den: 1001 },
    });
  });

  it('reads an exact decimal as the fraction it writes', () => {
    expect(parseFrameRate('12.5')).toEqual({ ok: true, value: { num: 25, den: 2 } });
    expect(parseFrameRate('25.0')).toEqual({ ok: true, value: { num: 25, den: 1 } });
  });

  it('refuses rounded NTSC labels and names the exact rate to write instead', () => {
    for (const [label, exact] of [
      ['29.97', '30000/1001'],
      ['23.976', '24000/1001'],
      ['59.94', '60000/1001'],
    ] as const) {
      const parsed = parseFrameRate(label);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toContain(exact);
    }
  });

  it('refuses the 0/0 rate ffprobe reports for streams without one', () => {
    const parsed = parseFrameRate('0/0');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain('above 0 fps');
  });

  it('refuses rates whose frames would be shorter than a millisecond', () => {
    const parsed = parseFrameRate('2000');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain('1000 fps');
  });

  it('refuses text that is not a rate and says how to write one', () => {
    for (const text of ['', 'fast', '-25', '30000/', '1e3', '25 fps']) {
      const parsed = parseFrameRate(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(/write it like 25 or 30000\/1001/);
    }
  });
});
