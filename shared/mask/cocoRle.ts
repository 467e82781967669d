import type { Result } from '../schema/result.ts';
import { fail, ok } from '../schema/result.ts';
import { decodeCountsString, encodeCountsString } from './countsString.ts';
import type { MaskBitmap } from './MaskBitmap.ts';
import { createMaskBitmap } from './MaskBitmap.ts';

/** A mask in COCO's compressed RLE form: `size` is [height, width], runs go down columns. */
export interface CocoRle {
  size: [number, number];
  counts: string;
}

/** Run lengths in column order, alternating unset and set, starting with unset. */
export function cocoCountsOf(mask: MaskBitmap): number[] {
  const { width, pixels } = mask;
  const counts: number[] = [];
  let current = 0;
  let length = 0;
  for (let x = 0; x < width; x += 1) {
    for (let offset = x; offset < pixels.length; offset += width) {
      if (pixels[offset] === current) {
        length += 1;
      } else {
        counts.push(length);
        current ^= 1;
        length = 1;
      }
    }
  }
  counts.push(length);
  return counts;
}

/** Encodes a mask as COCO RLE (what pycocotools' `mask.encode` gives for the same pixels). */
export function encodeCocoRle(mask: MaskBitmap): CocoRle {
  return { size: [mask.height, mask.width], counts: encodeCountsString(cocoCountsOf(mask)) };
}

/** Decodes COCO RLE, compressed (a string) or not (a list of counts). */
export function decodeCocoRle(rle: {
  size: readonly number[];
  counts: string | readonly number[];
}): Result<MaskBitmap> {
  const [height, width] = rle.size;
  if (rle.size.length !== 2)
    return fail(`RLE size ${JSON.stringify(rle.size)} is not [height, width]`);
  const created = createMaskBitmap(width as number, height as number);
  if (!created.ok) return created;
  const mask = created.value;
  const decoded =
    typeof rle.counts === 'string' ? decodeCountsString(rle.counts) : ok([...rle.counts]);
  if (!decoded.ok) return fail(`RLE counts cannot be read: ${decoded.error}`);
  const counts = decoded.value;
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total !== mask.pixels.length) {
    return fail(`RLE counts cover ${total} pixels, not ${mask.height} × ${mask.width}`);
  }
  let position = 0;
  for (let index = 0; index < counts.length; index += 1) {
    const count = counts[index] as number;
    if (index & 1) {
      for (let step = position; step < position + count; step += 1) {
        const x = Math.floor(step / mask.height);
        const y = step - x * mask.height;
        mask.pixels[y * mask.width + x] = 1;
      }
    }
    position += count;
  }
  return ok(mask);
}
