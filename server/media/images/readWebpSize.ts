import type { Result } from '../../../shared/schema/result.ts';
import { fail, ok } from '../../../shared/schema/result.ts';
import type { ImageSize } from './ImageSize.ts';

const ANIMATION_FLAG = 0x02;

function fourCc(bytes: Uint8Array, start: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + 4));
}

function uint24(bytes: Uint8Array, start: number): number {
  return (
    (bytes[start] as number) |
    ((bytes[start + 1] as number) << 8) |
    ((bytes[start + 2] as number) << 16)
  );
}

/** Lossy: a VP8 key frame header (RFC 6386, 9.1) holds 14-bit width and height. */
function readLossy(data: Uint8Array, view: DataView): Result<ImageSize> {
  if (data.length < 10) return fail('the WebP file is damaged: its VP8 image header is too short');
  const isKeyFrame = ((data[0] as number) & 1) === 0;
  if (!isKeyFrame || data[3] !== 0x9d || data[4] !== 0x01 || data[5] !== 0x2a) {
    return fail('the WebP file is damaged: its VP8 image does not start with a key frame');
  }
  return ok({ width: view.getUint16(6, true) & 0x3fff, height: view.getUint16(8, true) & 0x3fff });
}

/** Lossless: after the 0x2f signature, 14 bits of width − 1 and 14 of height − 1, then version 0. */
function readLossless(data: Uint8Array, view: DataView): Result<ImageSize> {
  if (data.length < 5 || data[0] !== 0x2f) {
    return fail('the WebP file is damaged: its lossless (VP8L) image header is missing');
  }
  const bits = view.getUint32(1, true);
  if (bits >>> 29 !== 0)
    return fail('the WebP file is damaged: its lossless image has an unknown version');
  return ok({ width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 });
}

/** Extended: flags, then 24-bit canvas width − 1 and height − 1. */
function readExtended(data: Uint8Array): Result<ImageSize> {
  if (data.length < 10)
    return fail('the WebP file is damaged: its extended header (VP8X) is too short');
  if (((data[0] as number) & ANIMATION_FLAG) !== 0) {
    return fail(
      'animated WebP is not accepted: upload its frames as an image set, or convert it to a video',
    );
  }
  return ok({ width: uint24(data, 4) + 1, height: uint24(data, 7) + 1 });
}

/**
 * Reads a WebP file's pixel size from its first chunk (lossy VP8, lossless VP8L or extended VP8X)
 * and checks the file is as long as its RIFF header says. Animated WebP is refused.
 */
export function readWebpSize(bytes: Uint8Array): Result<ImageSize> {
  if (bytes.length < 12 || fourCc(bytes, 0) !== 'RIFF' || fourCc(bytes, 8) !== 'WEBP') {
    return fail('the file is not a WebP image: it lacks the RIFF/WEBP header');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const riffEnd = 8 + view.getUint32(4, true);
  if (riffEnd > bytes.length) {
    return fail(
      `the WebP file is cut short: its header says ${riffEnd} bytes, but the file has ${bytes.length}`,
    );
  }
  if (riffEnd < 20) return fail('the WebP file is damaged: it holds no image chunk');
  const chunkType = fourCc(bytes, 12);
  const dataStart = 20;
  const dataEnd = dataStart + view.getUint32(16, true);
  if (dataEnd > riffEnd) {
    return fail(
      `the WebP file is cut short: its '${chunkType.trim()}' chunk runs past the end of the file`,
    );
  }
  const data = bytes.subarray(dataStart, dataEnd);
  const dataView = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (chunkType === 'VP8 ') return readLossy(data, dataView);
  if (chunkType === 'VP8L') return readLossless(data, dataView);
  if (chunkType === 'VP8X') return readExtended(data);
  return fail(`the WebP file is damaged: its first chunk is '${chunkType}', not an image`);
}
