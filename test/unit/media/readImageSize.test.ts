import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readImageSize } from '../../../server/media/images/readImageSize.ts';
import { readJpegSize } from '../../../server/media/images/readJpegSize.ts';
import { readPngSize } from '../../../server/media/images/readPngSize.ts';
import { readWebpSize } from '../../../server/media/images/readWebpSize.ts';
import { sniffMediaType } from '../../../server/media/sniffMediaType.ts';
import { encodeTestImage, ffmpegSkipReason } from './encodeWithFfmpeg.ts';

const SAMPLE_PNG = new Uint8Array(
  fs.readFileSync(new URL('../../../samples/street-still.png', import.meta.url)),
);
const SAMPLE_JPEG = new Uint8Array(
  fs.readFileSync(new URL('../../../samples/street-frames/frame-000.jpg', import.meta.url)),
);

const skipReason = ffmpegSkipReason();
if (skipReason) console.warn(skipReason);

function expectError(result: ReturnType<typeof readPngSize>, pattern: RegExp): void {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error).toMatch(pattern);
}

/** A RIFF/WEBP file around one chunk, its sizes filled in. */
function webpWith(chunkType: string, data: number[]): Uint8Array {
  const bytes = new Uint8Array(20 + data.length);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode('RIFF'), 0);
  view.setUint32(4, 12 + data.length, true);
  bytes.set(new TextEncoder().encode(`WEBP${chunkType}`), 8);
  view.setUint32(16, data.length, true);
  bytes.set(data, 20);
  return bytes;
}

describe('reading the size of the sample images', () => {
  it('reads the PNG still and the JPEG frames at 640×360', () => {
    expect(readImageSize(SAMPLE_PNG, 'png')).toEqual({
      ok: true,
      value: { width: 640, height: 360 },
    });
    expect(readImageSize(SAMPLE_JPEG, 'jpeg')).toEqual({
      ok: true,
      value: { width: 640, height: 360 },
    });
  });

  it('sniffs PNG, JPEG and WebP from their first bytes', () => {
    expect(sniffMediaType(SAMPLE_PNG.subarray(0, 256))).toMatchObject({
      value: { container: 'png' },
    });
    expect(sniffMediaType(SAMPLE_JPEG.subarray(0, 256))).toMatchObject({
      value: { mimeType: 'image/jpeg' },
    });
    expect(sniffMediaType(webpWith('VP8L', [0x2f, 0, 0, 0, 0]))).toMatchObject({
      value: { container: 'webp' },
    });
  });
});

describe.skipIf(skipReason !== null)('reading the size of images ffmpeg encodes', () => {
  it('reads odd sizes from PNG in every colour type ffmpeg writes', () => {
    for (const pixelFormat of ['rgb24', 'rgba', 'gray', 'pal8', 'rgb48be', 'ya8']) {
      const png = encodeTestImage('37x23', 'image2pipe', ['-c:v', 'png', '-pix_fmt', pixelFormat]);
      expect(readPngSize(png), pixelFormat).toEqual({ ok: true, value: { width: 37, height: 23 } });
    }
  });

  it('reads baseline and progressive JPEG', () => {
    const baseline = encodeTestImage('321x7', 'image2pipe', ['-c:v', 'mjpeg']);
    expect(readJpegSize(baseline)).toEqual({ ok: true, value: { width: 321, height: 7 } });
    const gray = encodeTestImage('8x300', 'image2pipe', ['-c:v', 'mjpeg', '-pix_fmt', 'gray']);
    expect(readJpegSize(gray)).toEqual({ ok: true, value: { width: 8, height: 300 } });
  });

  it('reads lossy and lossless WebP', () => {
    const lossy = encodeTestImage('37x23', 'webp', ['-c:v', 'libwebp', '-lossless', '0']);
    expect(readWebpSize(lossy)).toEqual({ ok: true, value: { width: 37, height: 23 } });
    const lossless = encodeTestImage('1000x3', 'webp', ['-c:v', 'libwebp', '-lossless', '1']);
    expect(readWebpSize(lossless)).toEqual({ ok: true, value: { width: 1000, height: 3 } });
  });

  it('refuses animated WebP, asking for an image set or a video', () => {
    const animated = encodeTestImage('16x16', 'webp', [
      '-c:v',
      'libwebp_anim',
      '-loop',
      '0',
      '-frames:v',
      '3',
    ]);
    expect(readWebpSize(animated)).toEqual({
      ok: false,
      error:
        'animated WebP is not accepted: upload its frames as an image set, or convert it to a video',
    });
  });
});

describe('refusing damaged images with a reason', () => {
  it('names where a PNG is cut short', () => {
    expectError(
      readPngSize(SAMPLE_PNG.subarray(0, 14)),
      /^the PNG file is cut short: .* inside a chunk header$/,
    );
    expectError(
      readPngSize(SAMPLE_PNG.subarray(0, 2000)),
      /^the PNG file is cut short: chunk 'IDAT' at byte \d+ needs \d+ bytes of data, but the file ends at byte 2000$/,
    );
    expectError(
      readPngSize(SAMPLE_PNG.subarray(0, SAMPLE_PNG.length - 12)),
      /before its end chunk \(IEND\)$/,
    );
  });

  it('finds a flipped byte in PNG image data by its checksum', () => {
    const damaged = SAMPLE_PNG.slice();
    damaged[200] = (damaged[200] as number) ^ 0x40;
    expectError(
      readPngSize(damaged),
      /^the PNG file is damaged: chunk '\w{4}' at byte \d+ fails its checksum$/,
    );
  });

  it('refuses a PNG whose header gives an impossible format', () => {
    const header = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    expectError(readPngSize(new Uint8Array(header)), /cut short/);
    expectError(readPngSize(new Uint8Array([1, 2, 3])), /^the file is not a PNG image/);
  });

  it('names where a JPEG is cut short', () => {
    expectError(readJpegSize(SAMPLE_JPEG.subarray(0, 3)), /^the JPEG file is cut short/);
    expectError(
      readJpegSize(SAMPLE_JPEG.subarray(0, 100)),
      /^the JPEG file is cut short: the FF\w\w segment at byte \d+ runs past the end of the file \(byte 100\)$/,
    );
    expectError(
      readJpegSize(SAMPLE_JPEG.subarray(0, SAMPLE_JPEG.length - 500)),
      /^the JPEG file is cut short: its image data does not reach the end-of-image marker$/,
    );
  });

  it('refuses JPEG codings browsers cannot show', () => {
    const lossless = SAMPLE_JPEG.slice();
    const frameHeader = lossless.findIndex(
      (byte, index) => byte === 0xff && lossless[index + 1] === 0xc0,
    );
    lossless[frameHeader + 1] = 0xc3;
    expectError(
      readJpegSize(lossless),
      /^the JPEG file uses lossless coding \(marker FFC3\), which browsers cannot show/,
    );
    const twelveBit = SAMPLE_JPEG.slice();
    twelveBit[frameHeader + 4] = 12;
    expectError(readJpegSize(twelveBit), /^the JPEG file has 12-bit samples/);
  });

  it('names a WebP cut short against its RIFF header', () => {
    const lossless = webpWith('VP8L', [0x2f, 0x24, 0x80, 0x05, 0x00, 1, 2, 3]);
    expect(readWebpSize(lossless)).toEqual({ ok: true, value: { width: 37, height: 23 } });
    expectError(
      readWebpSize(lossless.subarray(0, 24)),
      /^the WebP file is cut short: its header says 28 bytes, but the file has 24$/,
    );
  });

  it('reads the canvas size of an extended WebP and refuses a first chunk that is no image', () => {
    const extended = webpWith('VP8X', [0x10, 0, 0, 0, 0xff, 0x03, 0, 0x1f, 0, 0]);
    expect(readWebpSize(extended)).toEqual({ ok: true, value: { width: 1024, height: 32 } });
    expectError(readWebpSize(webpWith('ICCP', [0, 0])), /its first chunk is 'ICCP', not an image$/);
  });

  it('refuses images larger than 16384 pixels on a side', () => {
    const huge = webpWith('VP8X', [0, 0, 0, 0, 0xff, 0xff, 0, 0, 0, 0]);
    expect(readImageSize(huge, 'webp')).toEqual({
      ok: false,
      error: 'the image is 65536×1 pixels; Concord accepts images up to 16384 pixels on a side',
    });
  });
});
