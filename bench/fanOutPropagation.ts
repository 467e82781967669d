// Fan-out: one writer and 1, 9 or 49 other clients on one document, Concord's full server (every
// extension, SQLite log) against bare Hocuspocus with no extensions, each in its own process,
// alternating edit by edit so both share the machine's noise. Latency runs from the writer's local
// transaction until every other client's observer has seen the edit; the per-receiver figures
// count each client's own arrival. Every client has a socket of its own: a provider socket carries
// one provider per document, so clients of one document cannot share it. All clients live in this
// process, so applying the edit n − 1 times here is part of both servers' figures alike. Presence
// is off: this measures document updates only.
import { performance } from 'node:perf_hooks';
import type { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { itemDocumentName } from '../shared/doc/documentName.ts';
import { MAIN_LAYER } from '../shared/doc/layerKind.ts';
import { objectsOf } from '../shared/doc/layerRoots.ts';
import type { BenchResult } from './support/BenchResult.ts';
import { createBenchTrack } from './support/createBenchTrack.ts';
import { formatMs } from './support/formatMs.ts';
import type { LatencyFigures } from './support/latencyFigures.ts';
import { latencyFigures } from './support/latencyFigures.ts';
import type { BenchServerKind } from './support/measureAlternating.ts';
import { measureAlternating } from './support/measureAlternating.ts';
import { openBenchProvider } from './support/openBenchProvider.ts';
import { openBenchSocket } from './support/openBenchSocket.ts';
import { setBenchKeyframe } from './support/setBenchKeyframe.ts';
import { until } from './support/until.ts';
import { BENCH_ITEM_IDS } from './servers/BENCH_ITEM_IDS.ts';
import type { BenchServer } from './servers/spawnBenchServer.ts';
import { spawnBenchServer } from './servers/spawnBenchServer.ts';

/** Clients on the document, writer included, and how many edits each count is measured over. */
const RUNS = [
  { clients: 2, edits: 1000 },
  { clients: 10, edits: 600 },
  { clients: 50, edits: 300 },
] as const;
const WARMUP_EDITS = 20;
const EDIT_TIMEOUT_MS = 10_000;
const TARGET_P99_RATIO = 1.5;
const TRACK = 'track-1';

interface Room {
  writer: HocuspocusProvider;
  receivers: HocuspocusProvider[];
  sockets: HocuspocusProviderWebsocket[];
}

interface EditSample {
  /** Until the last receiver observed the edit. */
  everyoneMs: number;
  receiversMs: number[];
}

async function openRoom(server: BenchServer, clients: number, itemId: string): Promise<Room> {
  const documentName = itemDocumentName('bench', itemId, MAIN_LAYER);
  const sockets = Array.from({ length: clients }, () => openBenchSocket(server.url));
  const [writer, ...receivers] = sockets.map((socket) =>
    openBenchProvider({ socket, documentName, token: server.token, awareness: false }),
  ) as [HocuspocusProvider, ...HocuspocusProvider[]];
  await until(
    () => [writer, ...receivers].every((provider) => provider.isSynced),
    `${clients} clients syncing`,
  );
  createBenchTrack(writer.document, TRACK);
  await until(
    () =>
      writer.unsyncedChanges === 0 &&
      receivers.every((receiver) => objectsOf(receiver.document).has(TRACK)),
    `the track reaching ${clients - 1} receivers`,
  );
  return { writer, receivers, sockets };
}

/** One edit: milliseconds from the writer's transaction to each receiver's observer. */
function measureEdit(room: Room, frame: number): Promise<EditSample> {
  return new Promise((resolve, reject) => {
    const receiversMs: number[] = [];
    const detachers: (() => void)[] = [];
    const timeout = setTimeout(() => {
      detachers.forEach((detach) => detach());
      reject(new Error(`edit ${frame} reached ${receiversMs.length} of ${room.receivers.length}`));
    }, EDIT_TIMEOUT_MS);
    let startedAt = 0;
    for (const receiver of room.receivers) {
      const objects = objectsOf(receiver.document);
      const observe = () => {
        objects.unobserveDeep(observe);
        receiversMs.push(performance.now() - startedAt);
        if (receiversMs.length < room.receivers.length) return;
        clearTimeout(timeout);
        resolve({ everyoneMs: Math.max(...receiversMs), receiversMs });
      };
      objects.observeDeep(observe);
      detachers.push(() => objects.unobserveDeep(observe));
    }
    startedAt = performance.now();
    setBenchKeyframe(room.writer.document, TRACK, frame);
  });
}

function closeRoom(room: Room): void {
  [room.writer, ...room.receivers].forEach((provider) => provider.destroy());
  room.sockets.forEach((socket) => socket.destroy());
}

interface ServerFigures {
  everyone: LatencyFigures;
  perReceiver: LatencyFigures;
}

function figuresOf(samples: readonly EditSample[]): ServerFigures {
  return {
    everyone: latencyFigures(samples.map((sample) => sample.everyoneMs)),
    perReceiver: latencyFigures(samples.flatMap((sample) => sample.receiversMs)),
  };
}

async function measureRun(
  servers: Record<BenchServerKind, BenchServer>,
  run: (typeof RUNS)[number],
  itemId: string,
) {
  const rooms = {
    concord: await openRoom(servers.concord, run.clients, itemId),
    bare: await openRoom(servers.bare, run.clients, itemId),
  };
  try {
    const samples = await measureAlternating({
      edits: run.edits,
      warmupEdits: WARMUP_EDITS,
      measure: (server, edit) => measureEdit(rooms[server], edit),
    });
    return { concord: figuresOf(samples.concord), bare: figuresOf(samples.bare) };
  } finally {
    closeRoom(rooms.concord);
    closeRoom(rooms.bare);
  }
}

function printFigures(clients: number, edits: number, concord: ServerFigures, bare: ServerFigures) {
  console.log(`  ${clients} clients, ${edits} edits each`);
  for (const [label, figures] of [
    ['concord (all extensions, SQLite log)', concord],
    ['bare hocuspocus (no extensions)     ', bare],
  ] as const) {
    const { everyone, perReceiver } = figures;
    console.log(
      `    ${label}: all p50 ${formatMs(everyone.p50)}  p99 ${formatMs(everyone.p99)}  per-receiver p99 ${formatMs(perReceiver.p99)}`,
    );
  }
  const ratio = (pick: (figures: ServerFigures) => number) =>
    (pick(concord) / pick(bare)).toFixed(2);
  console.log(
    `    ratio all p50 ${ratio((figures) => figures.everyone.p50)}  p99 ${ratio((figures) => figures.everyone.p99)}  per-receiver p99 ${ratio((figures) => figures.perReceiver.p99)}`,
  );
}

/** Runs the benchmark for each client count; the result is the p99 ratio at the largest. */
export default async function fanOutPropagation(): Promise<BenchResult> {
  const servers = {
    concord: await spawnBenchServer('concord'),
    bare: await spawnBenchServer('bare'),
  };
  try {
    console.log('fan-out propagation (writer transaction → every other client observed)');
    console.log('  every client on a socket of its own');
    let ratio = Number.NaN;
    for (const [index, run] of RUNS.entries()) {
      // A fresh document for each count, so earlier edits do not grow the one measured.
      const figures = await measureRun(servers, run, BENCH_ITEM_IDS[index] as string);
      printFigures(run.clients, run.edits, figures.concord, figures.bare);
      ratio = figures.concord.everyone.p99 / figures.bare.everyone.p99;
    }
    console.log(`  target: p99 ratio ≤ ${TARGET_P99_RATIO} at ${RUNS.at(-1)?.clients} clients`);
    return { name: 'fan-out propagation p99', ratio, targetRatio: TARGET_P99_RATIO };
  } finally {
    await servers.concord.stop();
    await servers.bare.stop();
  }
}
