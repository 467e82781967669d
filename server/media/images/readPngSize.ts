import type { Result } from '../../../shared/schema/result.ts';
import { fail, ok } from '../../../shared/schema/result.ts';
import { crc32 } from './crc32.ts';
import type { ImageSize } from './ImageSize.ts';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const MAX_CHUNK_BYTES = 0x7fffffff;

/** Bit depths PNG allows for each colour type (PNG specification, table 11.1). */
const BIT_DEPTHS: Record<number, readonly number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

interface PngChunk {
  type: string;
  start: number;
  data: Uint8Array;
}

function chunkAt(bytes: Uint8Array, view: DataView, start: number): Result<PngChunk> {
  if (start === bytes.length) {
    return fail(`the PNG file is cut short: it ends at byte ${start}, before its end chunk (IEND)`);
  }
  if (start + 12 > bytes.length) {
    return fail(
      `the PNG file is cut short: it ends at byte ${bytes.length}, inside a chunk header`,
    );
  }
  const length = view.getUint32(start);
  const type = String.fromCharCode(...bytes.subarray(start + 4, start + 8));
  if (length > MAX_CHUNK_BYTES || !/^[A-Za-z]{4}$/.test(type)) {
    return fail(`the PNG file is damaged: the chunk at byte ${start} has a bad header`);
  }
  const end = start + 12 + length;
  if (end > bytes.length) {
    return fail(
      `the PNG file is cut short: chunk '${type}' at byte ${start} needs ${length} bytes of data, but the file ends at byte ${bytes.length}`,
    );
  }
  if (crc32(bytes.subarray(start + 4, start + 8 + length)) !== view.getUint32(start + 8 + length)) {
    return fail(`the PNG file is damaged: chunk '${type}' at byte ${start} fails its checksum`);
  }
  return ok({ type, start, data: bytes.subarray(start + 8, start + 8 + length) });
}

function readHeader(chunk: PngChunk): Result<ImageSize> {
  if (chunk.type !== 'IHDR' || chunk.data.length !== 13) {
    return fail('the PNG file is damaged: it does not start with an image header (IHDR chunk)');
  }
  const view = new DataView(chunk.data.buffer, chunk.data.byteOffset, 13);
  const width = view.getUint32(0);
  const height = view.getUint32(4);
  const [bitDepth = 0, colourType = 0, compression, filter, interlace = 0] = chunk.data.subarray(8);
  if (width === 0 || height === 0 || width > MAX_CHUNK_BYTES || height > MAX_CHUNK_BYTES) {
    return fail(`the PNG file is damaged: its header gives a size of ${width}×${height} pixels`);
  }
  if (!BIT_DEPTHS[colourType]?.includes(bitDepth) || compression !== 0 || filter !== 0) {
    return fail(
      `the PNG file is damaged: colour type ${colourType} with bit depth ${bitDepth} is not a valid PNG format`,
    );
  }
  if (interlace > 1)
    return fail(`the PNG file is damaged: interlace method ${interlace} is unknown`);
  return ok({ width, height });
}

/**
 * Reads a PNG file's pixel size from its header and checks the whole file: every chunk complete
 * with a correct checksum, image data present, the end chunk reached. Animated PNGs are refused.
 */
export function readPngSize(bytes: Uint8Array): Result<ImageSize> {
  if (bytes.length < 8 || SIGNATURE.some((byte, index) => bytes[index] !== byte)) {
    return fail('the file is not a PNG image: it lacks the PNG signature');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const first = chunkAt(bytes, view, 8);
  if (!first.ok) return first;
  const size = readHeader(first.value);
  if (!size.ok) return size;
  let offset = first.value.start + 12 + first.value.data.length;
  let hasImageData = false;
  for (;;) {
    const chunk = chunkAt(bytes, view, offset);
    if (!chunk.ok) return chunk;
    const { type } = chunk.value;
    if (type === 'acTL' && !hasImageData) {
      return fail(
        'animated PNG (APNG) is not accepted: upload its frames as an image set, or convert it to a video',
      );
    }
    if (type === 'IDAT') hasImageData = true;
    if (type === 'IEND') break;
    offset += 12 + chunk.value.data.length;
  }
  if (!hasImageData) return fail('the PNG file is damaged: it holds no image data (IDAT chunk)');
  return size;
}
