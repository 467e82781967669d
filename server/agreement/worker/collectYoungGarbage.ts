import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Collect once the young generation is fuller than this, so a batch never starts near the edge. */
const FULL_FRACTION = 0.5;

type Collect = (options: { type: 'minor'; execution: 'sync' }) => void;

function collectorOf(): Collect | null {
  try {
    setFlagsFromString('--expose-gc');
    const collect: unknown = runInNewContext('gc');
    return typeof collect === 'function' ? (collect as Collect) : null;
  } catch {
    return null;
  }
}

let collector: Collect | null | undefined;

/**
 * Collects the young generation when it is more than half full. Called when a thread that scores
 * edits has nothing queued, it moves the collections an edit would otherwise pay for (a few ms
 * each with a large engine heap) into the idle time between batches. Does nothing where V8 offers
 * no collector. Returns whether it collected.
 */
export function collectYoungGarbage(): boolean {
  collector ??= collectorOf();
  if (!collector) return false;
  const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  if (!young || young.space_used_size < young.space_size * FULL_FRACTION) return false;
  collector({ type: 'minor', execution: 'sync' });
  return true;
}
