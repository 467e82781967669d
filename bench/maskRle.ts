// Mask run-length throughput at 1080p and 4K: Concord's encoder (which passes four equal pixels
// at a time) and decoder (which fills each set run at once) against a straightforward
// implementation that looks at every pixel, on the same masks in the same run. The masks are
// annotation-like: a few filled polygons and brush strokes covering about a fifth of the frame.
import { performance } from 'node:perf_hooks';
import type { MaskBitmap } from '../shared/mask/MaskBitmap.ts';
import { createMaskBitmap } from '../shared/mask/MaskBitmap.ts';
import { encodeMaskRuns, paintMaskRuns } from '../shared/mask/maskRuns.ts';
import { rasterizePolygon } from '../shared/mask/rasterizePolygon.ts';
import { rasterizeStroke } from '../shared/mask/rasterizeStroke.ts';
import { SUBPIXELS } from '../shared/mask/subpixels.ts';
import { seededRandom } from './fixtures/seededRandom.ts';
import type { BenchResult } from './support/BenchResult.ts';

/** Issue targets, megapixels per second. */
const TARGET_ENCODE_MPX = 1_000;
const TARGET_DECODE_MPX = 5_000;
const ROUNDS = 7;

function annotationLikeMask(width: number, height: number, seed: number): MaskBitmap {
  const created = createMaskBitmap(width, height);
  if (!created.ok) throw new Error(created.error);
  const mask = created.value;
  const random = seededRandom(seed);
  const at = (limit: number) => Math.floor(random() * limit * SUBPIXELS);
  for (let blob = 0; blob < 6; blob += 1) {
    const [cx, cy] = [at(width), at(height)];
    const radius = (Math.min(width, height) * SUBPIXELS) / 8;
    const points: number[] = [];
    for (let corner = 0; corner < 12; corner += 1) {
      const angle = (corner / 12) * 2 * Math.PI;
      const reach = radius * (0.6 + 0.4 * random());
      points.push(
        Math.round(cx + reach * Math.cos(angle)),
        Math.round(cy + reach * Math.sin(angle)),
      );
    }
    rasterizePolygon(mask, points, 1);
  }
  for (let stroke = 0; stroke < 4; stroke += 1) {
    const points = Array.from({ length: 8 }, (_, index) => (index % 2 ? at(height) : at(width)));
    rasterizeStroke(mask, points, Math.round((height * SUBPIXELS) / 60), stroke % 2 === 0 ? 1 : 0);
  }
  return mask;
}

/** Run lengths the plain way: one comparison per pixel. */
function encodePerPixel(mask: MaskBitmap): number[] {
  const runs: number[] = [];
  let current = 0;
  let length = 0;
  for (let index = 0; index < mask.pixels.length; index += 1) {
    if (mask.pixels[index] === current) {
      length += 1;
    } else {
      runs.push(length);
      current ^= 1;
      length = 1;
    }
  }
  runs.push(length);
  return runs;
}

/** Decoding the plain way: one write per pixel. */
function decodePerPixel(target: MaskBitmap, runs: readonly number[]): void {
  let position = 0;
  for (let index = 0; index < runs.length; index += 1) {
    const value = index & 1;
    const end = position + (runs[index] as number);
    for (; position < end; position += 1) target.pixels[position] = value;
  }
}

/** Best megapixels per second over the rounds (the least disturbed by the rest of the machine). */
function megapixelsPerSecond(pixelCount: number, work: () => void): number {
  let bestMs = Infinity;
  for (let round = 0; round < ROUNDS; round += 1) {
    const startedMs = performance.now();
    work();
    bestMs = Math.min(bestMs, performance.now() - startedMs);
  }
  return pixelCount / 1e6 / (bestMs / 1000);
}

interface Figures {
  encode: number;
  encodeBaseline: number;
  decode: number;
  decodeBaseline: number;
}

function measure(width: number, height: number): Figures {
  const masks = [1, 2, 3].map((seed) => annotationLikeMask(width, height, seed));
  const pixelCount = width * height * masks.length;
  const runs = masks.map((mask) => encodeMaskRuns(mask));
  masks.forEach((mask, index) => {
    if (encodePerPixel(mask).join() !== runs[index]?.join()) throw new Error('encoders disagree');
  });
  const target = createMaskBitmap(width, height);
  if (!target.ok) throw new Error(target.error);
  const decoded = target.value;
  return {
    encode: megapixelsPerSecond(pixelCount, () => masks.forEach((mask) => encodeMaskRuns(mask))),
    encodeBaseline: megapixelsPerSecond(pixelCount, () => masks.forEach(encodePerPixel)),
    decode: megapixelsPerSecond(pixelCount, () => {
      for (const each of runs) {
        decoded.pixels.fill(0);
        paintMaskRuns(decoded, each, 1);
      }
    }),
    decodeBaseline: megapixelsPerSecond(pixelCount, () => {
      for (const each of runs) decodePerPixel(decoded, each);
    }),
  };
}

const mpx = (value: number) => `${value.toFixed(0).padStart(6)} Mpx/s`;

/** Runs the benchmark; the ratio is target over measured for the slowest of the four figures. */
export default async function maskRle(): Promise<BenchResult> {
  console.log('mask run-length throughput, annotation-like masks (best of 7 rounds of 3 masks)');
  const worst: number[] = [];
  for (const [label, width, height] of [
    ['1080p', 1920, 1080],
    ['4K   ', 3840, 2160],
  ] as const) {
    const figures = measure(width, height);
    console.log(
      `  ${label} encode ${mpx(figures.encode)} vs per pixel ${mpx(figures.encodeBaseline)} (${(figures.encode / figures.encodeBaseline).toFixed(1)}×, target ≥ ${TARGET_ENCODE_MPX})`,
    );
    console.log(
      `  ${label} decode ${mpx(figures.decode)} vs per pixel ${mpx(figures.decodeBaseline)} (${(figures.decode / figures.decodeBaseline).toFixed(1)}×, target ≥ ${TARGET_DECODE_MPX})`,
    );
    worst.push(TARGET_ENCODE_MPX / figures.encode, TARGET_DECODE_MPX / figures.decode);
  }
  return {
    name: 'mask RLE throughput, target over measured (slowest of encode/decode at 1080p and 4K)',
    ratio: Math.max(...worst),
    targetRatio: 1,
  };
}
