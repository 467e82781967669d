// Edit propagation between two clients: Concord's full server (every extension, SQLite log)
// against a bare Hocuspocus server with no extensions, each in its own process as in production,
// alternating edit by edit so both share the machine's noise. Latency runs from the writer's
// local transaction to the reader's observer.
import { performance } from 'node:perf_hooks';
import type { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { itemDocumentName } from '../shared/doc/documentName.ts';
import { objectsOf } from '../shared/doc/layerRoots.ts';
import type { BenchResult } from './support/BenchResult.ts';
import { createBenchTrack } from './support/createBenchTrack.ts';
import { formatMs } from './support/formatMs.ts';
import type { LatencyFigures } from './support/latencyFigures.ts';
import { latencyFigures } from './support/latencyFigures.ts';
import { measureAlternating } from './support/measureAlternating.ts';
import { openBenchProvider } from './support/openBenchProvider.ts';
import { openBenchSocket } from './support/openBenchSocket.ts';
import { setBenchKeyframe } from './support/setBenchKeyframe.ts';
import { until } from './support/until.ts';
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
  const socket = openBenchSocket(url);
  sockets.push(socket);
  return openBenchProvider({ socket, documentName: DOCUMENT, token });
}

async function openPair(url: string, token: string): Promise<Pair> {
  const sockets: HocuspocusProviderWebsocket[] = [];
  const writer = openProvider(url, token, sockets);
  const reader = openProvider(url, token, sockets);
  await until(() => writer.isSynced && reader.isSynced, 'both clients syncing');
  createBenchTrack(writer.document, TRACK);
  await until(
    () => objectsOf(reader.document).has(TRACK) && writer.unsyncedChanges === 0,
    'the track reaching the reader',
  );
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
    setBenchKeyframe(pair.writer.document, TRACK, frame);
  });
}

function closePair(pair: Pair): void {
  pair.writer.destroy();
  pair.reader.destroy();
  pair.sockets.forEach((socket) => socket.destroy());
}

function printFigures(concord: LatencyFigures, bare: LatencyFigures): void {
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

/** Runs the benchmark and prints p50/p90/p99 of both servers and their ratios. */
export default async function editPropagation(): Promise<BenchResult> {
  const concord = await spawnBenchServer('concord');
  const bare = await spawnBenchServer('bare');
  const pairs = {
    concord: await openPair(concord.url, concord.token),
    bare: await openPair(bare.url, bare.token),
  };
  try {
    const samples = await measureAlternating({
      edits: EDITS,
      warmupEdits: WARMUP_EDITS,
      measure: (server, edit) => measureEdit(pairs[server], edit),
    });
    const concordFigures = latencyFigures(samples.concord);
    const bareFigures = latencyFigures(samples.bare);
    printFigures(concordFigures, bareFigures);
    return {
      name: 'edit propagation p99',
      ratio: concordFigures.p99 / bareFigures.p99,
      targetRatio: TARGET_P99_RATIO,
    };
  } finally {
    closePair(pairs.concord);
    closePair(pairs.bare);
    await concord.stop();
    await bare.stop();
  }
}
