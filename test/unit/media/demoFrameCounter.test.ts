import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface FrameCounterLayout {
  originX: number;
  originY: number;
  blockWidth: number;
  blockHeight: number;
  blockCount: number;
}

interface DemoManifest {
  file: string;
  width: number;
  height: number;
  frameCount: number;
  frameCounter: FrameCounterLayout;
}

const manifestUrl = new URL('../../../samples/demo.json', import.meta.url);
const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8')) as DemoManifest;
const videoPath = fileURLToPath(new URL(manifest.file, manifestUrl));
const ffmpegFound = spawnSync('ffmpeg', ['-version'], { stdio: 'ignore' }).status === 0;
const requireFfmpeg = process.env.CI === 'true';

if (!ffmpegFound && !requireFfmpeg) {
  console.warn(
    'skipping the demo frame counter check: ffmpeg is not on PATH (apt-get install ffmpeg)',
  );
}

/** Decodes the given frames (in increasing order) of the demo video to 8-bit grey pixels. */
function decodeGrey(frames: readonly number[]): Buffer[] {
  const select = frames.map((frame) => `eq(n\\,${frame})`).join('+');
  const decoded = spawnSync(
    'ffmpeg',
    ['-v', 'error', '-i', videoPath, '-vf', `select=${select}`, '-fps_mode', 'passthrough'].concat([
      '-f',
      'rawvideo',
      '-pix_fmt',
      'gray',
      'pipe:1',
    ]),
    { maxBuffer: 64 * 1024 * 1024 },
  );
  if (decoded.status !== 0) {
    throw new Error(`ffmpeg could not decode ${videoPath}: ${decoded.stderr.toString()}`);
  }
  const frameBytes = manifest.width * manifest.height;
  return frames.map((_, position) =>
    decoded.stdout.subarray(position * frameBytes, (position + 1) * frameBytes),
  );
}

/** Reads the counter strip by averaging the middle half of each block and thresholding at mid-grey. */
function readCounter(pixels: Buffer): number {
  const layout = manifest.frameCounter;
  let counter = 0;
  for (let bit = 0; bit < layout.blockCount; bit += 1) {
    const left = layout.originX + bit * layout.blockWidth + layout.blockWidth / 4;
    const top = layout.originY + layout.blockHeight / 4;
    let sum = 0;
    let count = 0;
    for (let y = top; y < top + layout.blockHeight / 2; y += 1) {
      for (let x = left; x < left + layout.blockWidth / 2; x += 1) {
        sum += pixels[y * manifest.width + x] ?? 0;
        count += 1;
      }
    }
    if (sum / count > 128) counter += 2 ** bit;
  }
  return counter;
}

describe.skipIf(!ffmpegFound && !requireFfmpeg)('the demo video frame counter', () => {
  it('reads back as the frame index on the first, second, middle and last frames', () => {
    expect(ffmpegFound, 'ffmpeg must be on PATH when CI=true').toBe(true);
    const frames = [0, 1, 299, manifest.frameCount - 1];
    const counters = decodeGrey(frames).map(readCounter);
    expect(counters).toEqual(frames);
  });
});
