// Frame time of the media canvas with 10,000 boxes and 20 masks in Chromium: Concord's canvas
// against a naive pixi scene (one Graphics per box, full-frame mask sprites, no culling), on the
// same boxes and masks, static, scrubbing (every box moves each frame) and dragging (one box
// moves). Headless Chromium draws WebGL in software on this machine, so absolute times measure
// the machine; the p95 ratio is the figure.
import { fileURLToPath } from 'node:url';
import { bundleForChromium } from '../test/e2e/bundleForChromium.ts';
import { chromiumSkipReason, launchChromium } from '../test/e2e/chromium.ts';
import type { RenderRun } from './browser/renderScenes.ts';
import type { BenchResult } from './support/BenchResult.ts';
import { percentile } from './support/percentile.ts';

const BOXES = 10_000;
const MASKS = 20;
const FRAMES = 25;
const WARMUP_FRAMES = 5;
const TARGET_P95_RATIO = 0.25;
const SCENARIOS = ['static', 'scrubbing', 'dragging'] as const;

const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;

/** Runs the benchmark; skipped, with the reason, where Chromium is not installed. */
export default async function renderFrameTime(): Promise<BenchResult> {
  const name = `canvas frame time p95, ${BOXES} boxes + ${MASKS} masks, concord over naive (worst scenario)`;
  const skipReason = chromiumSkipReason();
  if (skipReason) {
    console.log(`skipped: ${skipReason}`);
    return { name, ratio: Number.NaN, targetRatio: TARGET_P95_RATIO, skipped: skipReason };
  }
  const script = await bundleForChromium(
    fileURLToPath(new URL('./browser/renderScenes.ts', import.meta.url)),
    'ConcordRenderScenes',
  );
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 600 } });
    await page.setContent('<!doctype html><html><body style="margin:0"></body></html>');
    await page.addScriptTag({ content: script });
    const measure = (run: RenderRun) =>
      page.evaluate(
        (each) =>
          (
            globalThis as unknown as {
              ConcordRenderScenes: { measureRender(run: RenderRun): Promise<number[]> };
            }
          ).ConcordRenderScenes.measureRender(each),
        run,
      );
    console.log(
      `canvas frame time, ${BOXES} boxes and ${MASKS} masks at 1920×1080 shown at 960×540 (${FRAMES - WARMUP_FRAMES} frames each, software WebGL)`,
    );
    const ratios: number[] = [];
    for (const scenario of SCENARIOS) {
      const figures: Record<string, number[]> = {};
      for (const renderer of ['naive', 'concord'] as const) {
        const run = { renderer, scenario, boxCount: BOXES, maskCount: MASKS, frames: FRAMES };
        figures[renderer] = (await measure(run)).slice(WARMUP_FRAMES);
      }
      const [naive, concord] = [figures.naive as number[], figures.concord as number[]];
      const ratio = percentile(concord, 0.95) / percentile(naive, 0.95);
      ratios.push(ratio);
      console.log(
        `  ${scenario.padEnd(9)} concord p50 ${ms(percentile(concord, 0.5))} p95 ${ms(percentile(concord, 0.95))} | naive p50 ${ms(percentile(naive, 0.5))} p95 ${ms(percentile(naive, 0.95))} | p95 ratio ${ratio.toFixed(3)} (target ≤ ${TARGET_P95_RATIO})`,
      );
    }
    return { name, ratio: Math.max(...ratios), targetRatio: TARGET_P95_RATIO };
  } finally {
    await browser.close();
  }
}
