import path from 'node:path';
import fc from 'fast-check';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MaskOperation } from '../../shared/mask/maskOperation.ts';
import { regionRunsArbitrary } from '../property/regionRunsArbitrary.ts';
import { bundleForChromium } from './bundleForChromium.ts';
import { chromiumSkipReason, launchChromium } from './chromium.ts';
import { decodeLists } from './fixtures/maskDecoderEntry.ts';

const WIDTH = 97;
const HEIGHT = 61;
const skipReason = chromiumSkipReason();

const coordinate = (pixels: number) => fc.integer({ min: -40, max: pixels * 4 + 40 });
const points = (min: number) =>
  fc
    .array(fc.tuple(coordinate(WIDTH), coordinate(HEIGHT)), { minLength: min, maxLength: 9 })
    .map((pairs) => pairs.flat());
const stamp = { frame: 0, by: 'someone', atMs: 1 };

const operation: fc.Arbitrary<MaskOperation> = fc.oneof(
  fc
    .record({
      kind: fc.constant('stroke' as const),
      mode: fc.constantFrom('paint' as const, 'erase' as const),
      radius: fc.integer({ min: 1, max: 120 }),
      points: points(1),
    })
    .map((value) => ({ ...value, ...stamp })),
  fc
    .record({
      kind: fc.constant('polygon' as const),
      mode: fc.constantFrom('paint' as const, 'erase' as const),
      points: points(3),
    })
    .map((value) => ({ ...value, ...stamp })),
  fc
    .record({
      mode: fc.constantFrom('paint' as const, 'erase' as const),
      runs: regionRunsArbitrary(WIDTH * HEIGHT, { maxRun: 400, maxRuns: 30 }),
    })
    .map(({ mode, runs }) => ({ kind: 'region' as const, mode, runs, ...stamp })),
);

describe.skipIf(skipReason !== null)('the mask decoder in Node and in Chromium', () => {
  let browser: Browser;
  let script = '';

  beforeAll(async () => {
    script = await bundleForChromium(
      path.resolve(import.meta.dirname, 'fixtures/maskDecoderEntry.ts'),
      'ConcordMaskDecoder',
    );
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('turns the same operation lists into identical pixels', async () => {
    const lists = fc.sample(fc.array(operation, { minLength: 1, maxLength: 12 }), {
      numRuns: 300,
      seed: 20_261_126,
    });
    const page = await browser.newPage();
    await page.addScriptTag({ content: script });
    const inChromium = await page.evaluate(
      ({ lists, width, height }) =>
        (
          globalThis as unknown as {
            ConcordMaskDecoder: { decodeLists: typeof decodeLists };
          }
        ).ConcordMaskDecoder.decodeLists(lists, width, height),
      { lists, width: WIDTH, height: HEIGHT },
    );
    const inNode = decodeLists(lists, WIDTH, HEIGHT);
    expect(inChromium).toEqual(inNode);
    // The lists paint something worth comparing: most decode to more than one run.
    expect(inNode.filter((runs) => runs.length > 1).length).toBeGreaterThan(200);
    await page.close();
  });
});
