import type { ServerMemory } from './spawnBenchServer.ts';
import { MEMORY_QUERY } from './spawnBenchServer.ts';

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc)
    throw new Error('bench servers run with --expose-gc; memory figures would include garbage');
  // The second pass frees what the first one's finalizers released.
  gc();
  gc();
}

/** Answers the parent's memory queries over the IPC channel, only in bench server processes. */
export function answerMemoryQueries(): void {
  process.on('message', (message) => {
    if (message !== MEMORY_QUERY) return;
    collectGarbage();
    const usage = process.memoryUsage();
    const answer: ServerMemory = { rssBytes: usage.rss, heapUsedBytes: usage.heapUsed };
    process.send?.(answer);
  });
}
