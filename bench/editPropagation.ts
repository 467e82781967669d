// Edit propagation between two clients: Concord's full server (every extension, SQLite log)
// against a bare Hocuspocus server with no extensions, each in its own process as in production,
// alternating edit by edit so both share the machine's noise. Latency runs from the writer's
// local transaction to the reader's observer.
import { performance } from 'node:perf_hooks';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { itemDocumentName } from '../shared/doc/documentName.ts';
import { objectsOf } from '../shared/doc/layerRoots.ts';
import { LOCAL_ORIGIN } from '../shared/doc/origins.ts';
import { createTrack, setKeyframe } from '../shared/doc/writeRecords.ts';
import type { BenchResult } from './support/BenchResult.ts';
import { percentile } from './support/percentile.ts';
import { spawnBenchServer } from './servers/spawnBenchServer.ts';

const EDITS = 3000;
const WARMUP_EDITS = 50;
const TARGET_P99_RATIO = 1.5;
const DOCUMENT = itemDocumentName('bench', 'clip', 'main');
const TRACK = 'track-1';

interface Pair {
  writer: HocuspocusProvider;
  reader: HocuspocusProvider;
  sockets: HocuspocusProviderWebsocket[];
}

function openProvider(
  url: string,
  token: string,
  sockets: HocuspocusProviderWebsocket[],
): HocuspocusProvider {
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  sockets.push(socket);
  const provider = new HocuspocusProvider({
    name: DOCUMENT,
    token,
    document: new Y.Doc(),
    websocketProvider: socket,
  });
  provider.attach();
  return provider;
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
}

async function openPair(url: string, token: string): Promise<Pair> {
  const sockets: HocuspocusProviderWebsocket[] = [];
  const writer = openProvider(url, token, sockets);
  const reader = openProvider(url, token, sockets);
  await until(() => writer.isSynced && reader.isSynced);
  createTrack(
    writer.document,
    { id: TRACK, labelId: null, frame: 0, box: { x: 0, y: 0, w: 10, h: 10 } },
    { userId: 'bench', nowMs: 0 },
    LOCAL_ORIGIN,
  );
  await until(() => objectsOf(reader.document).has(TRACK) && writer.unsyncedChanges === 0);
  return { writer, reader, sockets };
}

/** One edit: milliseconds from the writer's transaction to the reader's observer. */
function measureEdit(pair: Pair, frame: number): Promise<number> {
  return new Promise((resolve) => {
    const objects = objectsOf(pair.reader.document);
    let startedAt = 0;
    const observe = () => {
      objects.unobserveDeep(observe);
      resolve(performance.now() - startedAt);
    };
    objects.observeDeep(observe);
    startedAt = performance.now();
    setKeyframe(
      pair.writer.document,
      TRACK,
      frame,
      { box: { x: frame, y: frame, w: 10, h: 10 }, outside: false },
      { userId: 'bench', nowMs: frame },
      LOCAL_ORIGIN,
    );
  });
}

function closePair(pair: Pair): void {
  pair.writer.destroy();
  pair.reader.destroy();
  pair.sockets.forEach((socket) => socket.destroy());
}

function formatMs(value: number): string {
  return `${value.toFixed(2)} ms`;
}

interface Figures {
  p50: number;
  p90: number;
  p99: number;
}

function figuresOf(samples: readonly number[]): Figures {
  return {
    p50: percentile(samples, 0.5),
    p90: percentile(samples, 0.9),
    p99: percentile(samples, 0.99),
  };
}

function printFigures(concord: Figures, bare: Figures): void {
  console.log(`edit propagation, ${EDITS} edits each (writer transaction → reader observer)`);
  for (const [label, figures] of [
    ['concord (all extensions, SQLite log)', concord],
    ['bare hocuspocus (no extensions)     ', bare],
  ] as const) {
    console.log(
      `  ${label}: p50 ${formatMs(figures.p50)}  p90 ${formatMs(figures.p90)}  p99 ${formatMs(figures.p99)}`,
    );
  }
  const p50Ratio = (concord.p50 / bare.p50).toFixed(2);
  const p99Ratio = (concord.p99 / bare.p99).toFixed(2);
  console.log(`  ratio p50 ${p50Ratio}  p99 ${p99Ratio} (target ≤ ${TARGET_P99_RATIO})`);
}

/** Alternates edits between the two pairs, so both see the same background noise. */
async function measureAlternating(concordPair: Pair, barePair: Pair) {
  const samples = { concord: [] as number[], bare: [] as number[] };
  for (let edit = 1; edit <= WARMUP_EDITS + EDITS; edit += 1) {
    const order = edit % 2 === 0 ? (['concord', 'bare'] as const) : (['bare', 'concord'] as const);
    for (const which of order) {
      const latencyMs = await measureEdit(which === 'concord' ? concordPair : barePair, edit);
      if (edit > WARMUP_EDITS) samples[which].push(latencyMs);
    }
  }
  return samples;
}

/** Runs the benchmark and prints p50/p90/p99 of both servers and their ratios. */
export default async function editPropagation(): Promise<BenchResult> {
  const concord = await spawnBenchServer('concord');
  const bare = await spawnBenchServer('bare');
  const concordPair = await openPair(concord.url, concord.token);
  const barePair = await openPair(bare.url, bare.token);
  try {
    const samples = await measureAlternating(concordPair, barePair);
    const concordFigures = figuresOf(samples.concord);
    const bareFigures = figuresOf(samples.bare);
    printFigures(concordFigures, bareFigures);
    return {
      name: 'edit propagation p99',
      ratio: concordFigures.p99 / bareFigures.p99,
      targetRatio: TARGET_P99_RATIO,
    };
  } finally {
    closePair(concordPair);
    closePair(barePair);
    await concord.stop();
    await bare.stop();
  }
}
