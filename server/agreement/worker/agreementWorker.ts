// The agreement worker thread: scores items off the event loop, one ItemScorer per item, and
// answers each item's changes once the messages that arrived together have been applied.
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import type { FromAgreementWorker, ToAgreementWorker } from './AgreementMessages.ts';
import { collectYoungGarbage } from './collectYoungGarbage.ts';
import { ItemScorer } from './ItemScorer.ts';

/** Updates arriving within this long of each other are scored together. */
const FLUSH_DELAY_MS = 15;

const port = parentPort;
if (!port) throw new Error('agreementWorker.ts runs as a worker thread');
const scorers = new Map<string, ItemScorer>();
const dirty = new Set<string>();
let flushTimer: ReturnType<typeof setTimeout> | null = null;

function post(message: FromAgreementWorker): void {
  port?.postMessage(message);
}

function flush(): void {
  flushTimer = null;
  for (const item of dirty) {
    const scorer = scorers.get(item);
    if (!scorer) continue;
    const startedMs = performance.now();
    try {
      const changes = scorer.flush();
      post({ type: 'changes', item, changes, elapsedMs: performance.now() - startedMs });
    } catch (error) {
      post({
        type: 'failed',
        item,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  dirty.clear();
  // Idle until the next message: collect now rather than in the middle of the next batch.
  setImmediate(collectYoungGarbage);
}

function handle(message: ToAgreementWorker): void {
  if (message.type === 'open') {
    scorers.get(message.item)?.destroy();
    const scorer = ItemScorer.create(message.context);
    if (!scorer.ok) {
      scorers.delete(message.item);
      post({ type: 'failed', item: message.item, message: scorer.error });
      return;
    }
    scorers.set(message.item, scorer.value);
  } else if (message.type === 'close') {
    scorers.get(message.item)?.destroy();
    scorers.delete(message.item);
    dirty.delete(message.item);
    return;
  } else {
    const scorer = scorers.get(message.item);
    if (!scorer) return;
    if (message.type === 'layer') scorer.setLayer(message.name, message.state);
    else if (message.type === 'update') scorer.applyUpdate(message.name, message.update);
    else scorer.dropLayer(message.name);
  }
  dirty.add(message.item);
  flushTimer ??= setTimeout(flush, FLUSH_DELAY_MS);
}

port.on('message', (message: ToAgreementWorker) => {
  try {
    handle(message);
  } catch (error) {
    scorers.get(message.item)?.destroy();
    scorers.delete(message.item);
    post({
      type: 'failed',
      item: message.item,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
