import { describe, expect, it } from 'vitest';
import { layoutJson } from '../../../shared/formats/native/layoutJson.ts';

describe('layoutJson', () => {
  it('keeps short values on one line, compact, and spreads long ones one entry per line', () => {
    const value = {
      name: 'x',
      list: [1, 2, 3],
      nested: { long: 'y'.repeat(30), more: 'z'.repeat(30) },
    };
    expect(layoutJson(value, 40)).toBe(
      [
        '{',
        '  "name": "x",',
        '  "list": [1,2,3],',
        '  "nested": {',
        `    "long": "${'y'.repeat(30)}",`,
        `    "more": "${'z'.repeat(30)}"`,
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes JSON that parses back to the same value', () => {
    const value = { a: [{ b: null, c: 'quote " and \\ slash' }, [], {}], d: -0.5, e: true };
    expect(JSON.parse(layoutJson(value, 10))).toEqual(value);
    expect(JSON.parse(layoutJson(value))).toEqual(value);
  });
});
