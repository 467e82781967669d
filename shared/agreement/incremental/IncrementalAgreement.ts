import type { LayerSnapshot } from '../../doc/readLayer.ts';
import type { Label } from '../../schema/labelSchema.ts';
import type { Result } from '../../schema/result.ts';
import { fail, ok } from '../../schema/result.ts';
import type { Tier } from '../../schema/tier.ts';
import type { Disagreement } from '../Disagreement.ts';
import { iouThresholdOf } from '../iouThresholdOf.ts';
import type { ItemAgreement, PairAgreement } from '../itemAgreement.ts';
import { DisagreementSet } from './DisagreementSet.ts';
import type { FrameSpan } from './FrameSpan.ts';
import { mergeSpans } from './FrameSpan.ts';
import type { ComparedRecord } from './LayerIndex.ts';
import { LayerIndex, recordsOfSnapshot } from './LayerIndex.ts';
import { PairSegments } from './PairSegments.ts';
import { PairTranscripts } from './PairTranscripts.ts';
import type { ChangedSide, SpatialContext } from './PairState.ts';
import { PairState } from './PairState.ts';

/** What an item is compared with: its media's size and frames, the project's labels and tiers. */
export interface AgreementContext {
  media: { width: number; height: number; frameCount: number };
  labels: readonly Label[];
  tiers: readonly Tier[];
}

interface Pair {
  spatial: PairState;
  segments: PairSegments;
  transcripts: PairTranscripts;
}

const EVERY_FRAME: FrameSpan[] = [[0, Infinity]];

/**
 * An item's agreement kept up to date edit by edit: each layer indexed, each pair of layers
 * compared frame by frame and tier by tier. A change of some records recomputes only the frames
 * their keyframes' interpolation spans cover and the tiers their segments are on, for the pairs
 * with their layer; the result always equals itemAgreement over the same layers.
 */
export class IncrementalAgreement {
  private readonly layers = new Map<string, LayerIndex>();
  private readonly pairs = new Map<string, Pair>();
  private readonly sink = new DisagreementSet();
  private readonly spatial: SpatialContext;
  private readonly segmentTiers: ReadonlySet<string>;
  private readonly transcriptTiers: ReadonlySet<string>;

  private constructor(context: AgreementContext) {
    const labels = new Map(context.labels.map((label) => [label.id, label]));
    this.spatial = {
      grid: context.media,
      frameCount: context.media.frameCount,
      thresholdOf: (labelId) => iouThresholdOf(labels, labelId),
    };
    const tiersOfKind = (kind: Tier['kind']) =>
      new Set(context.tiers.filter((tier) => tier.kind === kind).map((tier) => tier.id));
    this.segmentTiers = tiersOfKind('segments');
    this.transcriptTiers = tiersOfKind('transcript');
  }

  /** An engine with no layers yet; fails when a label's IoU threshold is outside 0..1. */
  static create(context: AgreementContext): Result<IncrementalAgreement> {
    for (const label of context.labels) {
      const threshold = iouThresholdOf(new Map([[label.id, label]]), label.id);
      if (!(threshold >= 0 && threshold <= 1)) {
        return fail(`the IoU threshold of label ${label.id} is ${threshold}, not from 0 to 1`);
      }
    }
    return ok(new IncrementalAgreement(context));
  }

  /**
   * Adds a layer (or replaces one wholesale) and compares it with every other; `texts` are its
   * utterances' texts by segment id.
   */
  setLayer(
    name: string,
    snapshot: LayerSnapshot,
    texts: ReadonlyMap<string, string> = new Map(),
  ): void {
    this.removeLayer(name);
    const index = new LayerIndex();
    for (const [id, record] of recordsOfSnapshot(snapshot)) index.setRecord(id, record);
    index.setTexts(texts);
    this.layers.set(name, index);
    for (const other of this.layers.keys()) {
      if (other === name) continue;
      const layers = [name, other].sort() as [string, string];
      const pair = {
        spatial: new PairState(layers, this.spatial, this.sink),
        segments: new PairSegments(layers, this.sink),
        transcripts: new PairTranscripts(layers, this.sink),
      };
      this.pairs.set(layers.join('~'), pair);
      this.refresh(pair, EVERY_FRAME, this.tiersOf(layers));
    }
  }

  removeLayer(name: string): void {
    if (!this.layers.delete(name)) return;
    for (const [key, pair] of this.pairs) {
      if (!pair.spatial.layers.includes(name)) continue;
      pair.spatial.clear();
      pair.segments.clear();
      pair.transcripts.clear();
      this.pairs.delete(key);
    }
  }

  /**
   * Applies changed records of a layer (null: removed) and, when given, its utterance texts now;
   * rescores what they touch.
   */
  applyChanges(
    name: string,
    changes: Iterable<readonly [string, ComparedRecord | null]>,
    texts: ReadonlyMap<string, string> | null = null,
  ): void {
    const index = this.layers.get(name);
    if (!index) return;
    const spans: FrameSpan[] = [];
    const tierIds = new Set<string>();
    const ids = new Set<string>();
    const relabelled = new Set<string>();
    for (const [id, record] of changes) {
      ids.add(id);
      const changed = index.setRecord(id, record);
      if (changed.relabelled) relabelled.add(id);
      spans.push(...changed.spans);
      for (const tierId of changed.tierIds) tierIds.add(tierId);
    }
    if (texts) for (const tierId of index.setTexts(texts)) tierIds.add(tierId);
    const merged = mergeSpans(spans);
    for (const pair of this.pairs.values()) {
      const side = pair.spatial.layers.indexOf(name);
      if (side === 0 || side === 1) this.refresh(pair, merged, tierIds, { side, ids, relabelled });
    }
  }

  /** The whole result, as itemAgreement gives it. */
  result(): ItemAgreement {
    return { pairs: this.pairSummaries(), disagreements: this.sink.ranked() };
  }

  /** Each pair's summary, pairs in name order. */
  pairSummaries(): PairAgreement[] {
    return [...this.pairs.values()]
      .map(({ spatial, segments, transcripts }) => ({
        layers: spatial.layers,
        spatial: spatial.summary(),
        segments: segments.summary(),
        transcripts: transcripts.summary(),
      }))
      .sort((a, b) => (a.layers.join('~') < b.layers.join('~') ? -1 : 1));
  }

  /** Disagreements new or changed, and ids gone, since the last call. */
  takeChanges(): { upserts: Disagreement[]; removals: string[] } {
    return this.sink.takeChanges();
  }

  private refresh(
    pair: Pair,
    spans: readonly FrameSpan[],
    tierIds: Iterable<string>,
    changed: ChangedSide | null = null,
  ): void {
    const [left, right] = pair.spatial.layers.map((name) => this.layers.get(name) as LayerIndex);
    pair.spatial.update(left as LayerIndex, right as LayerIndex, spans, changed);
    const tiers = [...tierIds];
    const [leftIndex, rightIndex] = [left as LayerIndex, right as LayerIndex];
    pair.segments.update(
      leftIndex,
      rightIndex,
      tiers.filter((id) => this.segmentTiers.has(id)),
    );
    pair.transcripts.update(
      leftIndex,
      rightIndex,
      tiers.filter((id) => this.transcriptTiers.has(id)),
    );
  }

  private tiersOf(layers: readonly string[]): Set<string> {
    return new Set(layers.flatMap((name) => this.layers.get(name)?.tierIds() ?? []));
  }
}
