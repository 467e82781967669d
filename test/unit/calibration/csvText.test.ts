import { describe, expect, it } from 'vitest';
import { csvNumber } from '../../../shared/calibration/report/csvNumber.ts';
import { csvText } from '../../../shared/calibration/report/csvText.ts';

describe('csvText', () => {
  it('leaves plain text as it is', () => {
    expect(csvText('street-01')).toBe('street-01');
    expect(csvText('')).toBe('');
  });

  it('quotes text with a comma, a quote, a CR or a LF and doubles the quotes inside', () => {
    expect(csvText('Lima, Ana')).toBe('"Lima, Ana"');
    expect(csvText('the "best" one')).toBe('"the ""best"" one"');
    expect(csvText('two\nlines')).toBe('"two\nlines"');
    expect(csvText('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    expect(csvText('=1+1')).toBe("'=1+1");
    expect(csvText('+31 6 1234')).toBe("'+31 6 1234");
    expect(csvText('-2')).toBe("'-2");
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvText('\t=1')).toBe("'\t=1");
    expect(csvText('a=1')).toBe('a=1');
  });

  it('guards a formula first and quotes the guarded text', () => {
    expect(csvText('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });
});

describe('csvNumber', () => {
  it('writes fixed decimals, and an empty cell for null, NaN and infinity', () => {
    expect(csvNumber(2 / 3, 4)).toBe('0.6667');
    expect(csvNumber(1234.56, 1)).toBe('1234.6');
    expect(csvNumber(0, 4)).toBe('0.0000');
    expect(csvNumber(null, 4)).toBe('');
    expect(csvNumber(Number.NaN, 4)).toBe('');
    expect(csvNumber(Number.NEGATIVE_INFINITY, 1)).toBe('');
  });
});
