// Waveform of a 1-hour audio file in Chromium: time to the first waveform of the opening view
// (the whole hour fitted to 1,200 px) and the browser's memory after it. Concord draws from the
// peaks its server computed at ingest, through the client's own modules; the baseline fetches
// the whole file and decodes it with decodeAudioData (at 8 kHz, as wavesurfer.js does by default,
// and once at the audio context's own rate), in the same run, each in a fresh browser.
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { findFfmpeg } from '../server/media/findFfmpeg.ts';
import { bundleForChromium } from '../test/e2e/bundleForChromium.ts';
import { chromiumSkipReason, launchChromium } from '../test/e2e/chromium.ts';
import type { FirstWaveform, WaveformScene } from './browser/waveformScenes.ts';
import type { ChromiumProcessMemory } from './fixtures/chromiumProcessMemory.ts';
import { chromiumProcessMemory } from './fixtures/chromiumProcessMemory.ts';
import { oneHourAudio } from './fixtures/oneHourAudio.ts';
import type { WaveformBenchServer } from './servers/startWaveformBenchServer.ts';
import { startWaveformBenchServer } from './servers/startWaveformBenchServer.ts';
import type { BenchResult } from './support/BenchResult.ts';

const TARGET_TIME_RATIO = 0.1;
const ROUNDS = 2;
const VIEW = { widthPx: 1200, heightPx: 56 };
const DECODE_RATE = 8000;
const CHROMIUM_MEMORY_ARGS = ['--enable-precise-memory-info', '--js-flags=--expose-gc'];

type Way = 'firstWaveformFromPeaks' | 'firstWaveformFromDecode';

/** One way measured once, in its own browser. */
interface Measured {
  outcome: FirstWaveform | { failed: string; ms: number };
  heapBytes: number | null;
  before: ChromiumProcessMemory | null;
  after: ChromiumProcessMemory | null;
}

interface BenchWindow {
  ConcordWaveformBench: Record<Way, (scene: WaveformScene) => Promise<FirstWaveform>> & {
    jsHeapBytes(): number | null;
  };
}

const mb = (bytes: number | null | undefined) =>
  bytes === null || bytes === undefined ? 'n/a' : `${(bytes / 1e6).toFixed(1)} MB`;
const seconds = (ms: number) => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);

async function measureOnce(
  script: string,
  server: WaveformBenchServer,
  way: Way,
  scene: WaveformScene,
): Promise<Measured> {
  const browser: Browser = await launchChromium(CHROMIUM_MEMORY_ARGS);
  try {
    const page = await browser.newPage({ viewport: { width: VIEW.widthPx + 100, height: 400 } });
    // The page's origin is the server's, so the client's relative API paths reach it.
    await page.goto(`${server.url}/healthz`);
    await page.setContent('<!doctype html><html><body style="margin:0"></body></html>');
    await page.addScriptTag({ content: script });
    const before = await chromiumProcessMemory(browser);
    const startedMs = performance.now();
    const outcome = await page
      .evaluate(
        ({ way, scene }) => (globalThis as unknown as BenchWindow).ConcordWaveformBench[way](scene),
        { way, scene },
      )
      .catch((error: unknown) => ({
        failed: (error as Error).message.split('\n')[0] ?? 'failed',
        ms: performance.now() - startedMs,
      }));
    const heapBytes =
      'failed' in outcome
        ? null
        : await page.evaluate(() =>
            (globalThis as unknown as BenchWindow).ConcordWaveformBench.jsHeapBytes(),
          );
    return { outcome, heapBytes, before, after: await chromiumProcessMemory(browser) };
  } finally {
    await browser.close();
  }
}

function describeRun(measured: Measured): string {
  const { outcome, before, after } = measured;
  if ('failed' in outcome) return `FAILED after ${seconds(outcome.ms)}: ${outcome.failed}`;
  const growth = after && before ? after.rendererPeakRssBytes - before.rendererRssBytes : null;
  return (
    `${seconds(outcome.ms)}; JS heap ${mb(measured.heapBytes)}; renderer RSS ${mb(after?.rendererRssBytes)}, ` +
    `peak ${mb(after?.rendererPeakRssBytes)} (+${mb(growth)} over the page before); ` +
    `all Chromium processes ${mb(after?.totalRssBytes)}\n      ${outcome.detail}`
  );
}

function best(runs: readonly Measured[]): Measured | undefined {
  const done = runs.filter((run) => !('failed' in run.outcome));
  return done.sort((left, right) => left.outcome.ms - right.outcome.ms)[0];
}

/** Runs the benchmark; skipped, with the reason, without Chromium or ffmpeg. */
export default async function waveform(): Promise<BenchResult> {
  const name = 'time to first waveform of a 1-hour audio file, server peaks over decodeAudioData';
  const skipReason =
    chromiumSkipReason() ??
    (findFfmpeg() ? null : 'ffmpeg is not on PATH (apt-get install ffmpeg)');
  if (skipReason) {
    console.log(`skipped: ${skipReason}`);
    return { name, ratio: Number.NaN, targetRatio: TARGET_TIME_RATIO, skipped: skipReason };
  }
  const madeMs = performance.now();
  const audioPath = await oneHourAudio();
  const audioBytes = (await fs.stat(audioPath)).size;
  console.log(
    `1-hour audio: ${audioPath} (${mb(audioBytes)}, AAC 48 kb/s mono; ready in ${seconds(performance.now() - madeMs)})`,
  );
  const script = await bundleForChromium(
    fileURLToPath(new URL('./browser/waveformScenes.ts', import.meta.url)),
    'ConcordWaveformBench',
  );
  const server = await startWaveformBenchServer(audioPath);
  try {
    console.log(
      `server: ingested in ${seconds(server.ingestMs)}; peaks computed in the background in ${seconds(server.peaksMs)} ` +
        `(${mb(server.peaksFileBytes)} file, ${server.levelCount} levels, from ${server.sampleCount} samples at 16 kHz)`,
    );
    const scene = (decodeSampleRate: number): WaveformScene => ({
      ...server.media,
      token: server.token,
      ...VIEW,
      decodeSampleRate,
    });
    const concord: Measured[] = [];
    const decoded: Measured[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      concord.push(await measureOnce(script, server, 'firstWaveformFromPeaks', scene(DECODE_RATE)));
      decoded.push(
        await measureOnce(script, server, 'firstWaveformFromDecode', scene(DECODE_RATE)),
      );
    }
    const atOwnRate = await measureOnce(script, server, 'firstWaveformFromDecode', scene(0));
    console.log(
      `opening view: the whole hour in ${VIEW.widthPx} px, fresh headless Chromium per run`,
    );
    concord.forEach((run, index) =>
      console.log(`  concord  run ${index + 1}: ${describeRun(run)}`),
    );
    decoded.forEach((run, index) =>
      console.log(`  decode at ${DECODE_RATE} Hz run ${index + 1}: ${describeRun(run)}`),
    );
    console.log(`  decode at the context's rate: ${describeRun(atOwnRate)}`);
    console.log(
      '  memory: resident set of the page’s renderer (VmRSS, peak VmHWM) and of all Chromium processes, from /proc, ' +
        'found over CDP SystemInfo.getProcessInfo; JS heap is performance.memory.usedJSHeapSize after gc() ' +
        '(it counts a decoded AudioBuffer, not the decoder’s working memory, which the renderer peak shows)',
    );
    const concordBest = best(concord);
    const decodedBest = best(decoded);
    if (!concordBest) throw new Error('Concord did not draw the waveform in any run');
    if (!decodedBest) {
      const failedMs = Math.min(...decoded.map((run) => run.outcome.ms));
      const ratio = concordBest.outcome.ms / failedMs;
      console.log(
        `  decodeAudioData never drew the waveform; ratio is Concord's time over the time until it failed: ${ratio.toPrecision(2)} (target ≤ ${TARGET_TIME_RATIO})`,
      );
      return { name, ratio, targetRatio: TARGET_TIME_RATIO };
    }
    const ratio = concordBest.outcome.ms / decodedBest.outcome.ms;
    const memoryRatio =
      (concordBest.after?.rendererPeakRssBytes ?? Number.NaN) /
      (decodedBest.after?.rendererPeakRssBytes ?? Number.NaN);
    console.log(
      `  best of ${ROUNDS}: concord ${seconds(concordBest.outcome.ms)} vs decode ${seconds(decodedBest.outcome.ms)}: ` +
        `time ratio ${ratio.toPrecision(2)} (target ≤ ${TARGET_TIME_RATIO}); renderer peak memory ratio ${memoryRatio.toFixed(2)}`,
    );
    return { name, ratio, targetRatio: TARGET_TIME_RATIO };
  } finally {
    await server.close();
  }
}
