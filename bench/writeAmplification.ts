// Write amplification of a 30-minute, three-annotator session replayed through a real server:
// the bytes the OS writes for the server process (/proc/<pid>/io write_bytes, WAL and database
// files together) over the Yjs update bytes the clients sent. Concord (every extension, SQLite
// update log with checkpoints) against Hocuspocus storing the whole state in SQLite on every
// change, as its stock database extension does, each in its own process, one after the other.
import { performance } from 'node:perf_hooks';
import type { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { itemDocumentName } from '../shared/doc/documentName.ts';
import { LOCAL_ORIGIN } from '../shared/doc/origins.ts';
import type { AnnotatorScript } from './fixtures/annotationSession.ts';
import { generateAnnotationSession, SESSION_MS } from './fixtures/annotationSession.ts';
import { applySessionEdit } from './fixtures/applySessionEdit.ts';
import type { BenchServerKind } from './servers/spawnBenchServer.ts';
import { spawnBenchServer } from './servers/spawnBenchServer.ts';
import type { BenchResult } from './support/BenchResult.ts';
import { databaseFileBytes } from './support/databaseFileBytes.ts';
import { openBenchProvider } from './support/openBenchProvider.ts';
import { openBenchSocket } from './support/openBenchSocket.ts';
import { processWriteBytes } from './support/processWriteBytes.ts';
import { until } from './support/until.ts';
import { untilAcknowledged } from './support/untilAcknowledged.ts';

const DOCUMENT = itemDocumentName('bench', 'clip', 'main');
/** A replay that has not finished by then stops; the figures cover what was sent. */
const REPLAY_BUDGET_MS = 30_000;
/** Writes have settled (WAL folded, checkpoints built) once write_bytes holds this long. */
const QUIET_MS = 2_500;
const SETTLE_LIMIT_MS = 15_000;
const TARGET_CONCORD_FACTOR = 10;
const TARGET_TIMES_LESS_THAN_STOCK = 100;

interface Annotator {
  script: AnnotatorScript;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
}

interface Replayed {
  kind: BenchServerKind;
  edits: number;
  updateBytes: number;
  writeBytes: number;
  fileGrowthBytes: number;
  elapsedMs: number;
}

async function settledWriteBytes(pid: number): Promise<number> {
  const giveUpAtMs = performance.now() + SETTLE_LIMIT_MS;
  let bytes = await processWriteBytes(pid);
  let steadySinceMs = performance.now();
  while (performance.now() - steadySinceMs < QUIET_MS && performance.now() < giveUpAtMs) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await processWriteBytes(pid);
    if (now !== bytes) [bytes, steadySinceMs] = [now, performance.now()];
  }
  return bytes;
}

async function openAnnotators(
  url: string,
  token: string,
  session: AnnotatorScript[],
  sent: { bytes: number },
): Promise<Annotator[]> {
  const annotators = session.map((script) => {
    const socket = openBenchSocket(url);
    const provider = openBenchProvider({ socket, documentName: DOCUMENT, token, awareness: false });
    provider.document.clientID = script.clientId;
    provider.document.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOCAL_ORIGIN) sent.bytes += update.byteLength;
    });
    return { script, provider, socket };
  });
  await until(() => annotators.every(({ provider }) => provider.isSynced), 'first sync');
  return annotators;
}

/** Each annotator sends its next edit once the server acknowledged the previous one. */
async function replay(annotators: Annotator[], deadlineMs: number): Promise<number> {
  let edits = 0;
  await Promise.all(
    annotators.map(async ({ script, provider }) => {
      for (const edit of script.edits) {
        if (performance.now() > deadlineMs) return;
        applySessionEdit(provider.document, edit, script.userId);
        edits += 1;
        await untilAcknowledged(provider);
      }
    }),
  );
  return edits;
}

async function replayThrough(kind: BenchServerKind, session: AnnotatorScript[]): Promise<Replayed> {
  const server = await spawnBenchServer(kind);
  const sent = { bytes: 0 };
  const annotators = await openAnnotators(server.url, server.token, session, sent);
  try {
    const databasePath = server.databasePath as string;
    const writeBytesBefore = await settledWriteBytes(server.pid);
    const fileBytesBefore = await databaseFileBytes(databasePath);
    const startedAtMs = performance.now();
    const edits = await replay(annotators, startedAtMs + REPLAY_BUDGET_MS);
    const elapsedMs = performance.now() - startedAtMs;
    return {
      kind,
      edits,
      updateBytes: sent.bytes,
      writeBytes: (await settledWriteBytes(server.pid)) - writeBytesBefore,
      fileGrowthBytes: (await databaseFileBytes(databasePath)) - fileBytesBefore,
      elapsedMs,
    };
  } finally {
    for (const { provider, socket } of annotators) {
      provider.destroy();
      socket.destroy();
    }
    await server.stop();
  }
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

function printReplayed(replayed: Replayed, totalEdits: number): void {
  const factor = replayed.writeBytes / replayed.updateBytes;
  console.log(
    `  ${replayed.kind.padEnd(7)} ${replayed.edits}/${totalEdits} edits in ${(replayed.elapsedMs / 1000).toFixed(1)} s: ` +
      `sent ${mb(replayed.updateBytes)}, OS wrote ${mb(replayed.writeBytes)} → ${factor.toFixed(1)}×; ` +
      `files grew ${mb(replayed.fileGrowthBytes)} (${(replayed.fileGrowthBytes / replayed.updateBytes).toFixed(1)}×)`,
  );
  if (replayed.edits < totalEdits) {
    console.log(
      `    stopped at the ${REPLAY_BUDGET_MS / 1000} s budget: figures cover the edits sent`,
    );
  }
}

/** Replays the session through both servers and prints each amplification factor and their ratio. */
export default async function writeAmplification(): Promise<BenchResult> {
  const session = generateAnnotationSession();
  const totalEdits = session.reduce((sum, { edits }) => sum + edits.length, 0);
  console.log(
    `write amplification: ${session.length} annotators, ${SESSION_MS / 60_000} simulated minutes, ${totalEdits} edits, ` +
      'each sent once the previous one is acknowledged; stock stores with debounce 0',
  );
  const concord = await replayThrough('concord', session);
  printReplayed(concord, totalEdits);
  const stock = await replayThrough('stock', session);
  printReplayed(stock, totalEdits);
  const concordFactor = concord.writeBytes / concord.updateBytes;
  const stockFactor = stock.writeBytes / stock.updateBytes;
  console.log(
    `  concord ${concordFactor.toFixed(1)}× (target ≤ ${TARGET_CONCORD_FACTOR}×), stock ${stockFactor.toFixed(1)}×: ` +
      `concord writes ${(stockFactor / concordFactor).toFixed(0)}× less (target ≥ ${TARGET_TIMES_LESS_THAN_STOCK}×)`,
  );
  return {
    name: 'write amplification, concord over stock full-state store',
    ratio: concordFactor / stockFactor,
    // Both targets in one: at most 1/100 of stock's factor and at most 10× on its own.
    targetRatio: Math.min(1 / TARGET_TIMES_LESS_THAN_STOCK, TARGET_CONCORD_FACTOR / stockFactor),
  };
}
