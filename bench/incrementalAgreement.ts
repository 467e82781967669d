// The live agreement engine on a crowded item (3 layers, 10,000 annotations, 3,000 frames): one
// edit's incremental rescore against a full recompute of the same item, in the same run. Edits are
// what annotators do most: move a keyframe, add one, relabel a track, move a segment. As in the
// agreement worker, each edit is scored in its own turn of the event loop, and between turns the
// young generation is collected when half full, as the worker does when idle between batches (so
// a collection lands between edits, not inside one). The first edits warm the compiler and are
// not timed.
import { performance } from 'node:perf_hooks';
import type { AgreementContext } from '../shared/agreement/incremental/IncrementalAgreement.ts';
import { IncrementalAgreement } from '../shared/agreement/incremental/IncrementalAgreement.ts';
import type { ComparedRecord } from '../shared/agreement/incremental/LayerIndex.ts';
import { itemAgreement } from '../shared/agreement/itemAgreement.ts';
import { collectYoungGarbage } from '../server/agreement/worker/collectYoungGarbage.ts';
import type { LayerSnapshot, SegmentView, TrackView } from '../shared/doc/readLayer.ts';
import { CROWDED_MEDIA, crowdedItemLayers } from './fixtures/crowdedItemLayers.ts';
import { seededRandom } from './fixtures/seededRandom.ts';
import type { BenchResult } from './support/BenchResult.ts';
import { formatMs } from './support/formatMs.ts';
import { percentile } from './support/percentile.ts';

const EDITS = 400;
const WARM_UP_EDITS = 50;
const TARGET_P99_MS = 5;
const TARGET_SPEED_UP = 100;

const CONTEXT: AgreementContext = {
  media: CROWDED_MEDIA,
  labels: [
    { id: 'person', name: 'Person', colour: '#ff7f0e', hotkey: null },
    { id: 'car', name: 'Car', colour: '#1f77b4', hotkey: null },
    { id: 'event', name: 'Event', colour: '#2ca02c', hotkey: null },
  ],
  tiers: [{ id: 'events', name: 'Events', kind: 'segments' }],
};

function buildEngine(layers: ReadonlyMap<string, LayerSnapshot>): IncrementalAgreement {
  const engine = IncrementalAgreement.create(CONTEXT);
  if (!engine.ok) throw new Error(engine.error);
  for (const [name, snapshot] of layers) engine.value.setLayer(name, snapshot);
  return engine.value;
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const startedMs = performance.now();
  const value = work();
  return { value, ms: performance.now() - startedMs };
}

/** A layer's records as the edits change them, in place (so the harness itself makes no garbage). */
interface EditedLayer {
  tracks: TrackView[];
  segments: SegmentView[];
}

/** One annotator's edit of a random track or segment of a random layer, applied to the layers. */
function randomEdit(
  layers: Map<string, EditedLayer>,
  random: () => number,
): { layer: string; id: string; record: ComparedRecord } {
  const names = [...layers.keys()];
  const layer = names[Math.floor(random() * names.length)] as string;
  const snapshot = layers.get(layer) as EditedLayer;
  const index = (list: readonly unknown[]) => Math.floor(random() * list.length);
  const pick = <T>(list: readonly T[]) => list[index(list)] as T;
  const roll = random();
  if (roll < 0.15) {
    const at = index(snapshot.segments);
    const segment = snapshot.segments[at] as SegmentView;
    const shiftMs = Math.round((random() - 0.5) * 400);
    const moved: SegmentView = {
      ...segment,
      startMs: Math.max(0, segment.startMs + shiftMs),
      endMs: Math.max(0, segment.endMs + shiftMs),
    };
    snapshot.segments[at] = moved;
    return { layer, id: moved.id, record: { kind: 'segment', view: moved } };
  }
  const at = index(snapshot.tracks);
  const track = snapshot.tracks[at] as TrackView;
  let edited: TrackView;
  if (roll < 0.2) edited = { ...track, labelId: track.labelId === 'car' ? 'person' : 'car' };
  else {
    const inside = track.keyframes.slice(0, -1);
    const keyframe = pick(inside);
    const frame = roll < 0.3 ? keyframe.frame + 1 + Math.floor(random() * 5) : keyframe.frame;
    const nudge = () => Math.round((random() - 0.5) * 30);
    const box = { ...keyframe.box, x: keyframe.box.x + nudge(), y: keyframe.box.y + nudge() };
    const keyframes = [
      ...track.keyframes.filter((each) => each.frame !== frame),
      { frame, box, outside: false },
    ].sort((a, b) => a.frame - b.frame);
    edited = { ...track, keyframes };
  }
  snapshot.tracks[at] = edited;
  return { layer, id: edited.id, record: { kind: 'track', view: edited } };
}

/** Runs the benchmark; the ratio is the incremental p99 over the full recompute's time. */
export default async function incrementalAgreement(): Promise<BenchResult> {
  const layers = crowdedItemLayers();
  const annotations = [...layers.values()].reduce(
    (sum, snapshot) => sum + snapshot.tracks.length + snapshot.segments.length,
    0,
  );
  console.log(
    `agreement of a crowded item: ${layers.size} layers, ${annotations} annotations, ${CROWDED_MEDIA.frameCount} frames`,
  );
  const rebuild = timed(() => buildEngine(layers));
  const engine = rebuild.value;
  const edited = new Map(
    [...layers].map(([name, snapshot]) => [
      name,
      { tracks: [...snapshot.tracks], segments: [...snapshot.segments] },
    ]),
  );
  const random = seededRandom(11);
  const samples: number[] = [];
  for (let edit = 0; edit < WARM_UP_EDITS + EDITS; edit += 1) {
    const { layer, id, record } = randomEdit(edited, random);
    const { ms } = timed(() => {
      engine.applyChanges(layer, [[id, record]]);
      engine.takeChanges();
      engine.pairSummaries();
    });
    if (edit >= WARM_UP_EDITS) samples.push(ms);
    // The worker scores one batch of edits per turn of its event loop; so does this loop.
    await new Promise((resolve) => setImmediate(resolve));
    collectYoungGarbage();
  }
  // The full computation runs after the edits, so its garbage does not land on their timings.
  const reference = timed(() => itemAgreement(layers, CONTEXT));
  const fullMs = Math.min(reference.ms, rebuild.ms);
  for (const [name, { tracks, segments }] of edited) {
    layers.set(name, { ...(layers.get(name) as LayerSnapshot), tracks, segments });
  }
  const after = itemAgreement(layers, CONTEXT);
  if (!after.ok || JSON.stringify(after.value) !== JSON.stringify(engine.result())) {
    throw new Error('the incremental result differs from a full recompute after the edits');
  }
  const [p50, p99, max] = [
    percentile(samples, 0.5),
    percentile(samples, 0.99),
    Math.max(...samples),
  ];
  console.log(
    `  full recompute: itemAgreement ${formatMs(reference.ms)}, engine rebuilt from scratch ${formatMs(rebuild.ms)}`,
  );
  console.log(
    `  one edit, incremental (${EDITS} edits after ${WARM_UP_EDITS} to warm up): p50 ${formatMs(p50)}, p99 ${formatMs(p99)} (target ≤ ${TARGET_P99_MS} ms), max ${formatMs(max)}`,
  );
  console.log(
    `  full / incremental p99: ${(fullMs / p99).toFixed(0)}× (target ≥ ${TARGET_SPEED_UP}×); equal to a full recompute after the edits`,
  );
  return {
    name: 'agreement: incremental p99 per edit over full recompute (10k annotations, 3 layers)',
    ratio: p99 / fullMs,
    targetRatio: Math.min(1 / TARGET_SPEED_UP, TARGET_P99_MS / fullMs),
  };
}
