import { describe, expect, it } from 'vitest';
import { maskBounds } from '../../../shared/mask/maskBounds.ts';

function maskOf(rows: readonly string[]) {
  const width = (rows[0] as string).length;
  const pixels = new Uint8Array(
    rows
      .join('')
      .split('')
      .map((cell) => (cell === '#' ? 1 : 0)),
  );
  return { width, height: rows.length, pixels };
}

describe('the bounds of a mask', () => {
  it('hold every set pixel and nothing more', () => {
    expect(maskBounds(maskOf(['.....', '..#..', '.....', '.#.#.', '.....']))).toEqual([1, 1, 3, 3]);
    expect(maskBounds(maskOf(['#....', '.....', '....#']))).toEqual([0, 0, 5, 3]);
    expect(maskBounds(maskOf(['...', '..#']))).toEqual([2, 1, 1, 1]);
  });

  it('are null for an empty mask', () => {
    expect(maskBounds(maskOf(['...', '...']))).toBeNull();
  });
});
