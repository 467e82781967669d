// The worst case of one frame: 5,000 boxes against 5,000 (a dense crowd drawn by two annotators),
// matched one to one for the largest total IoU as the agreement engine does (candidate pairs from
// a sweep over bounds, then the exact assignment per connected group), against the first step of
// any dense method: the IoU of every one of the 25 million pairs, in the same run.
import { performance } from 'node:perf_hooks';
import { boxIou } from '../shared/agreement/spatial/boxIou.ts';
import { matchFrame } from '../shared/agreement/spatial/matchFrame.ts';
import type { SpatialShape } from '../shared/agreement/spatial/SpatialShape.ts';
import type { Box } from '../shared/schema/box.ts';
import { seededRandom } from './fixtures/seededRandom.ts';
import type { BenchResult } from './support/BenchResult.ts';
import { formatMs } from './support/formatMs.ts';

const BOXES = 5_000;
const GRID = { width: 1920, height: 1080 };
const ROUNDS = 3;

function crowd(): { left: SpatialShape[]; right: SpatialShape[] } {
  const random = seededRandom(5);
  const left: SpatialShape[] = [];
  const right: SpatialShape[] = [];
  const shape = (id: string, box: Box): SpatialShape => ({
    id,
    labelId: 'person',
    geometry: { kind: 'box', box },
  });
  for (let index = 0; index < BOXES; index += 1) {
    const size = 20 + random() * 40;
    const box = {
      x: random() * (GRID.width - size),
      y: random() * (GRID.height - size),
      w: size,
      h: size * 1.8,
    };
    const jitter = () => (random() - 0.5) * 6;
    left.push(shape(`l${index}`, box));
    // The second annotator misses a few people and draws a few the first did not.
    const other = random() < 0.03 ? { ...box, x: random() * (GRID.width - size) } : box;
    right.push(shape(`r${index}`, { ...other, x: other.x + jitter(), y: other.y + jitter() }));
  }
  return { left, right };
}

function bestMs(work: () => void): number {
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round += 1) {
    const startedMs = performance.now();
    work();
    best = Math.min(best, performance.now() - startedMs);
  }
  return best;
}

/** Runs the benchmark; the ratio is the matcher's time over the dense IoU matrix's. */
export default async function frameMatchWorstCase(): Promise<BenchResult> {
  const { left, right } = crowd();
  let matched = 0;
  const oursMs = bestMs(() => {
    const match = matchFrame(left, right, GRID, () => 0.5);
    if (!match.ok) throw new Error(match.error);
    matched = match.value.matched.length;
  });
  const denseMs = bestMs(() => {
    let positive = 0;
    for (const { geometry: a } of left) {
      for (const { geometry: b } of right) {
        if (a.kind === 'box' && b.kind === 'box' && boxIou(a.box, b.box) > 0) positive += 1;
      }
    }
    if (positive === 0) throw new Error('the crowd has no overlaps');
  });
  console.log(`one frame, ${BOXES} × ${BOXES} boxes (best of ${ROUNDS}):`);
  console.log(
    `  optimal one-to-one matching ${formatMs(oursMs)} (${matched} pairs) vs the dense IoU matrix alone ${formatMs(denseMs)}: ratio ${(oursMs / denseMs).toFixed(3)}`,
  );
  return {
    name: 'agreement: 5,000 × 5,000 boxes on one frame, matching over the dense IoU matrix alone',
    ratio: oursMs / denseMs,
    targetRatio: 1,
  };
}
