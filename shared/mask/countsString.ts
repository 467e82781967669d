import type { Result } from '../schema/result.ts';
import { fail, ok } from '../schema/result.ts';

/**
 * Run counts as printable text, COCO's compressed RLE string: each count from the third on is
 * stored as its difference from the count two before, in 5-bit groups, low first, as characters
 * from '0' (48); 0x20 marks that a group follows and 0x10 in the last group is the sign.
 */
export function encodeCountsString(counts: ArrayLike<number>): string {
  const characters: number[] = [];
  for (let index = 0; index < counts.length; index += 1) {
    // COCO's quirk, kept for compatibility: the difference starts at the fourth count (index 3).
    let value = counts[index] as number;
    if (index > 2) value -= counts[index - 2] as number;
    for (;;) {
      const group = value & 0x1f;
      value = Math.floor(value / 32);
      const more = group & 0x10 ? value !== -1 : value !== 0;
      characters.push((more ? group | 0x20 : group) + 48);
      if (!more) break;
    }
  }
  let text = '';
  for (let start = 0; start < characters.length; start += 8192) {
    text += String.fromCharCode(...characters.slice(start, start + 8192));
  }
  return text;
}

/** Reads counts written by encodeCountsString; text that is not such counts gives an error. */
export function decodeCountsString(text: string): Result<number[]> {
  const counts: number[] = [];
  let position = 0;
  while (position < text.length) {
    let value = 0;
    let shift = 0;
    for (;;) {
      if (position >= text.length)
        return fail(`counts text ends inside count ${counts.length + 1}`);
      const group = text.charCodeAt(position) - 48;
      if (group < 0 || group > 63) {
        return fail(`counts text has ${JSON.stringify(text[position])} at ${position}`);
      }
      position += 1;
      value += (group & 0x1f) * 2 ** shift;
      shift += 5;
      if (shift > 50) return fail(`count ${counts.length + 1} is too long`);
      if (!(group & 0x20)) {
        if (group & 0x10) value -= 2 ** shift;
        break;
      }
    }
    if (counts.length > 2) value += counts[counts.length - 2] as number;
    if (value < 0) return fail(`count ${counts.length + 1} is negative`);
    counts.push(value);
  }
  return ok(counts);
}
