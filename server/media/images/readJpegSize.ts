import type { Result } from '../../../shared/schema/result.ts';
import { fail, ok } from '../../../shared/schema/result.ts';
import type { ImageSize } from './ImageSize.ts';

const START_OF_SCAN = 0xda;
const END_OF_IMAGE = 0xd9;

/** Frame headers browsers decode: baseline (SOF0), extended sequential (SOF1) and progressive (SOF2). */
const DECODABLE_FRAMES = new Set([0xc0, 0xc1, 0xc2]);

/** The other frame headers: lossless, hierarchical and arithmetic-coded JPEG. */
const OTHER_FRAMES: Record<number, string> = {
  0xc3: 'lossless',
  0xc5: 'hierarchical',
  0xc6: 'hierarchical progressive',
  0xc7: 'hierarchical lossless',
  0xc9: 'arithmetic-coded',
  0xca: 'arithmetic-coded progressive',
  0xcb: 'arithmetic-coded lossless',
  0xcd: 'hierarchical arithmetic-coded',
  0xce: 'hierarchical arithmetic-coded progressive',
  0xcf: 'hierarchical arithmetic-coded lossless',
};

/** Markers that stand alone, without a length: TEM and the restart markers. */
function isStandalone(marker: number): boolean {
  return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
}

function hex(marker: number): string {
  return `FF${marker.toString(16).toUpperCase().padStart(2, '0')}`;
}

function readFrameHeader(bytes: Uint8Array, view: DataView, start: number): Result<ImageSize> {
  const marker = bytes[start + 1] as number;
  const coding = OTHER_FRAMES[marker];
  if (coding) {
    return fail(
      `the JPEG file uses ${coding} coding (marker ${hex(marker)}), which browsers cannot show; save it as a baseline or progressive JPEG, or as PNG`,
    );
  }
  if (view.getUint16(start + 2) < 8) {
    return fail(`the JPEG file is damaged: its frame header at byte ${start} is too short`);
  }
  const precision = bytes[start + 4];
  const height = view.getUint16(start + 5);
  const width = view.getUint16(start + 7);
  if (precision !== 8) {
    return fail(
      `the JPEG file has ${precision}-bit samples, which browsers cannot show; save it with 8-bit samples`,
    );
  }
  if (height === 0) {
    return fail(
      'the JPEG file leaves its height to a later DNL marker, which Concord does not read; save it again with an ordinary encoder',
    );
  }
  if (width === 0) return fail('the JPEG file is damaged: its frame header gives a width of 0');
  return ok({ width, height });
}

/** Whether an end-of-image marker follows `from`; trailing bytes after it are allowed. */
function hasEndOfImage(bytes: Uint8Array, from: number): boolean {
  for (let index = bytes.length - 2; index >= from; index -= 1) {
    if (bytes[index] === 0xff && bytes[index + 1] === END_OF_IMAGE) return true;
  }
  return false;
}

/**
 * Reads a JPEG file's pixel size from its frame header (SOFn), walking the marker segments
 * before it, and checks that the file is whole: scan data follows and an end-of-image marker
 * closes it. Coding variants browsers cannot decode are refused.
 */
export function readJpegSize(bytes: Uint8Array): Result<ImageSize> {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) {
    return fail('the file is not a JPEG image: it lacks the start-of-image marker');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let size: ImageSize | null = null;
  let offset = 2;
  for (;;) {
    while (bytes[offset] === 0xff && bytes[offset + 1] === 0xff) offset += 1;
    if (offset + 4 > bytes.length) {
      return fail(
        `the JPEG file is cut short: it ends at byte ${bytes.length}, before its image data`,
      );
    }
    if (bytes[offset] !== 0xff) {
      return fail(`the JPEG file is damaged: byte ${offset} should start a marker but does not`);
    }
    const marker = bytes[offset + 1] as number;
    if (isStandalone(marker)) {
      offset += 2;
      continue;
    }
    const segmentLength = view.getUint16(offset + 2);
    const segmentEnd = offset + 2 + segmentLength;
    if (segmentLength < 2) {
      return fail(
        `the JPEG file is damaged: the ${hex(marker)} segment at byte ${offset} has a length of ${segmentLength}`,
      );
    }
    if (segmentEnd > bytes.length) {
      return fail(
        `the JPEG file is cut short: the ${hex(marker)} segment at byte ${offset} runs past the end of the file (byte ${bytes.length})`,
      );
    }
    if (marker === START_OF_SCAN) break;
    if (marker === END_OF_IMAGE)
      return fail('the JPEG file is damaged: it ends before any image data');
    if (DECODABLE_FRAMES.has(marker) || OTHER_FRAMES[marker]) {
      const frame = readFrameHeader(bytes, view, offset);
      if (!frame.ok) return frame;
      size = frame.value;
    }
    offset = segmentEnd;
  }
  if (!size)
    return fail('the JPEG file is damaged: its image data comes before any frame header (SOFn)');
  if (!hasEndOfImage(bytes, offset)) {
    return fail(
      'the JPEG file is cut short: its image data does not reach the end-of-image marker',
    );
  }
  return ok(size);
}
