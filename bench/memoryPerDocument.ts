// Server memory per open small document: Concord's full server (every extension, SQLite log)
// against bare Hocuspocus with no extensions, each in its own process. Each server first holds one
// document open, so code loaded on first use is not counted; then N more small documents (a few
// tracks and segments, written by their client) open with one provider each, ten providers to a
// socket as one client's tabs share it. Each process reports its RSS and V8 heap used after full
// collections, before and after; the difference over N is the cost of one open document. The
// result is the heap ratio. RSS is printed too, and again with V8's young generation pinned at
// 1 MB: opening 200 documents at once makes V8 grow its young generation (16 → 32 MB per
// semi-space here), and those pages stay resident, so with default flags RSS mostly measures
// how much a server allocated while they opened, not what an open document keeps.
import type { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { MAIN_LAYER } from '../shared/doc/layerKind.ts';
import { itemDocumentName } from '../shared/doc/documentName.ts';
import { LOCAL_ORIGIN } from '../shared/doc/origins.ts';
import { createSegment } from '../shared/doc/writeRecords.ts';
import type { BenchResult } from './support/BenchResult.ts';
import { createBenchTrack } from './support/createBenchTrack.ts';
import { openBenchProvider } from './support/openBenchProvider.ts';
import { openBenchSocket } from './support/openBenchSocket.ts';
import { setBenchKeyframe } from './support/setBenchKeyframe.ts';
import { until } from './support/until.ts';
import { BENCH_ITEM_IDS } from './servers/BENCH_ITEM_IDS.ts';
import type { BenchServer, ServerMemory } from './servers/spawnBenchServer.ts';
import { spawnBenchServer } from './servers/spawnBenchServer.ts';

const DOCUMENTS = 200;
const PROVIDERS_PER_SOCKET = 10;
const TRACKS_PER_DOCUMENT = 3;
const KEYFRAMES_PER_TRACK = 5;
const SEGMENTS_PER_DOCUMENT = 3;
// Lets debounced work (checkpoints, log appends) finish before memory is read.
const SETTLE_MS = 1_000;
// Concord's per-document bookkeeping (log sequence, client ids, access context) may at most
// double what a small open document costs bare Hocuspocus.
const TARGET_HEAP_RATIO = 2;

interface OpenDocuments {
  providers: HocuspocusProvider[];
  sockets: HocuspocusProviderWebsocket[];
}

/** A few tracks with keyframes and a few segments, in one transaction as an import would. */
function writeSmallDocument(doc: Y.Doc): void {
  doc.transact(() => {
    for (let track = 0; track < TRACKS_PER_DOCUMENT; track += 1) {
      createBenchTrack(doc, `track-${track}`);
      for (let frame = 1; frame < KEYFRAMES_PER_TRACK; frame += 1) {
        setBenchKeyframe(doc, `track-${track}`, frame * 10);
      }
    }
    for (let segment = 0; segment < SEGMENTS_PER_DOCUMENT; segment += 1) {
      const startMs = segment * 1_000;
      createSegment(
        doc,
        {
          id: `segment-${segment}`,
          tierId: 'words',
          startMs,
          endMs: startMs + 800,
          labelId: null,
          speaker: 'A',
          value: `word ${segment}`,
        },
        { userId: 'bench', nowMs: startMs },
        LOCAL_ORIGIN,
      );
    }
  }, LOCAL_ORIGIN);
}

/** Opens one provider per item's main layer, writes each document and waits until the server has it. */
async function openDocuments(server: BenchServer, itemIds: readonly string[]) {
  const opened: OpenDocuments = { providers: [], sockets: [] };
  for (const [index, itemId] of itemIds.entries()) {
    if (index % PROVIDERS_PER_SOCKET === 0) opened.sockets.push(openBenchSocket(server.url));
    const socket = opened.sockets.at(-1) as HocuspocusProviderWebsocket;
    const documentName = itemDocumentName('bench', itemId, MAIN_LAYER);
    opened.providers.push(
      openBenchProvider({ socket, documentName, token: server.token, awareness: false }),
    );
  }
  await until(
    () => opened.providers.every((provider) => provider.isSynced),
    `${itemIds.length} documents syncing`,
  );
  opened.providers.forEach((provider) => writeSmallDocument(provider.document));
  await until(
    () => opened.providers.every((provider) => provider.unsyncedChanges === 0),
    `${itemIds.length} documents reaching the server`,
  );
  return opened;
}

function closeDocuments(opened: OpenDocuments): void {
  opened.providers.forEach((provider) => provider.destroy());
  opened.sockets.forEach((socket) => socket.destroy());
}

interface Measured {
  before: ServerMemory;
  after: ServerMemory;
  opened: OpenDocuments[];
}

const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

async function measureServer(server: BenchServer): Promise<Measured> {
  const [warmupItem, ...itemIds] = BENCH_ITEM_IDS.slice(0, DOCUMENTS + 1) as [string, ...string[]];
  const opened = [await openDocuments(server, [warmupItem])];
  await settle();
  const before = await server.memory();
  opened.push(await openDocuments(server, itemIds));
  await settle();
  return { before, after: await server.memory(), opened };
}

const perDocument = (measured: Measured, pick: (memory: ServerMemory) => number) =>
  (pick(measured.after) - pick(measured.before)) / DOCUMENTS;
const heapUsed = (memory: ServerMemory) => memory.heapUsedBytes;
const rss = (memory: ServerMemory) => memory.rssBytes;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

const PINNED_YOUNG_GENERATION = ['--max-semi-space-size=1'];

function printFigures(title: string, concord: Measured, bare: Measured): void {
  console.log(title);
  for (const [label, measured] of [
    ['concord (all extensions, SQLite log)', concord],
    ['bare hocuspocus (no extensions)     ', bare],
  ] as const) {
    const { before, after } = measured;
    console.log(
      `  ${label}: heap used ${kib(perDocument(measured, heapUsed))}/document  RSS ${kib(perDocument(measured, rss))}/document  (heap ${mb(before.heapUsedBytes)} → ${mb(after.heapUsedBytes)}, RSS ${mb(before.rssBytes)} → ${mb(after.rssBytes)})`,
    );
  }
  const ratio = (pick: (memory: ServerMemory) => number) =>
    (perDocument(concord, pick) / perDocument(bare, pick)).toFixed(2);
  console.log(
    `  ratio heap used ${ratio(heapUsed)}  RSS ${ratio(rss)} (target heap ≤ ${TARGET_HEAP_RATIO})`,
  );
}

/** Measures a Concord and a bare server started with `nodeFlags`, one after the other. */
async function measurePair(nodeFlags: readonly string[]): Promise<[Measured, Measured]> {
  const measured: Measured[] = [];
  for (const kind of ['concord', 'bare'] as const) {
    const server = await spawnBenchServer(kind, undefined, nodeFlags);
    try {
      measured.push(await measureServer(server));
    } finally {
      measured.at(-1)?.opened.forEach(closeDocuments);
      await server.stop();
    }
  }
  return measured as [Measured, Measured];
}

/** Runs the benchmark; the result is the ratio of heap used per open document. */
export default async function memoryPerDocument(): Promise<BenchResult> {
  const shape = `${DOCUMENTS} small documents (${TRACKS_PER_DOCUMENT} tracks × ${KEYFRAMES_PER_TRACK} keyframes, ${SEGMENTS_PER_DOCUMENT} segments), after full collections`;
  const [concord, bare] = await measurePair([]);
  printFigures(`memory per open document, ${shape}`, concord, bare);
  const [concordPinned, barePinned] = await measurePair(PINNED_YOUNG_GENERATION);
  printFigures(
    `  the same with ${PINNED_YOUNG_GENERATION.join(' ')} (young generation pinned, so RSS shows what documents keep)`,
    concordPinned,
    barePinned,
  );
  return {
    name: 'memory per open document',
    ratio: perDocument(concord, heapUsed) / perDocument(bare, heapUsed),
    targetRatio: TARGET_HEAP_RATIO,
  };
}
