import type { FrameComparison, FrameFinding } from '../compareFrame.ts';
import { disagreementOfFinding } from '../compareFrame.ts';
import type { Disagreement } from '../Disagreement.ts';
import type { IouThresholdOf } from '../spatial/PreparedShapes.ts';
import type { PixelGrid } from '../spatial/SpatialShape.ts';
import type { SpatialSummary } from '../spatialDisagreements.ts';
import { meanIoUOf } from '../spatialDisagreements.ts';
import { switchDisagreement } from '../switchDisagreement.ts';
import type { DisagreementSet } from './DisagreementSet.ts';
import type { Cluster, ClusterContext, Member } from './FrameClusters.ts';
import {
  clusterMembers,
  compareCluster,
  FrameClusters,
  memberOf,
  refittable,
} from './FrameClusters.ts';
import type { FrameSpan } from './FrameSpan.ts';
import { mergeSpans } from './FrameSpan.ts';
import { IdentityComponents } from './IdentityComponents.ts';
import type { LayerIndex } from './LayerIndex.ts';
import { PartnerTimeline } from './PartnerTimeline.ts';

type Range = { first: number; last: number } | null;

/** The records of one side of the pair that changed. */
export interface ChangedSide {
  side: 0 | 1;
  ids: ReadonlySet<string>;
  /** Those of the ids whose only change is their label. */
  relabelled: ReadonlySet<string>;
}

/** What the spatial part of a pair is compared with: the media's grid and frames, the thresholds. */
export interface SpatialContext {
  grid: PixelGrid;
  frameCount: number;
  thresholdOf: IouThresholdOf;
}

function rangeOf(left: LayerIndex, right: LayerIndex, frameCount: number): Range {
  const extents = [left.keyframeExtent(), right.keyframeExtent()].filter((each) => each !== null);
  if (extents.length === 0) return null;
  const first = Math.min(...extents.map((each) => each.first));
  const last = Math.min(Math.max(...extents.map((each) => each.last)), frameCount - 1);
  return first <= last ? { first, last } : null;
}

function outside(range: Range, other: Range): FrameSpan[] {
  if (!range) return [];
  if (!other) return [[range.first, range.last]];
  const spans: FrameSpan[] = [];
  if (range.first < other.first) spans.push([range.first, Math.min(range.last, other.first - 1)]);
  if (range.last > other.last) spans.push([Math.max(range.first, other.last + 1), range.last]);
  return spans;
}

/**
 * The spatial comparison of one pair of layers, kept frame by frame: each compared frame's result,
 * the frames each finding holds on (joined into disagreements), the tracks' co-occurrence counts
 * and partners. An update recomputes only the frames it is told changed (and those entering or
 * leaving the compared range), then rebuilds only the disagreements, identities and switches those
 * frames touch; every total is an integer, so the result equals spatialDisagreements' exactly.
 */
export class PairState {
  private range: Range = null;
  private readonly frames = new Map<number, FrameClusters>();
  private readonly totals = { matched: 0, missing: 0, extra: 0, iouUnits: 0 };
  private readonly trackFrames = { left: 0, right: 0 };
  private readonly findingFrames = new Map<string, Set<number>>();
  private readonly findingRuns = new Map<string, Disagreement[]>();
  private readonly identity = new IdentityComponents();
  private readonly partners = {
    left: new PartnerTimeline('left'),
    right: new PartnerTimeline('right'),
  };
  private readonly switches = new Map<string, Disagreement[]>();
  private readonly touched = { findings: new Set<string>(), tracks: new Set<string>() };

  readonly layers: readonly [string, string];
  private readonly context: SpatialContext;
  private readonly sink: DisagreementSet;

  private readonly clusterContext: ClusterContext;

  constructor(layers: readonly [string, string], context: SpatialContext, sink: DisagreementSet) {
    this.layers = layers;
    this.context = context;
    this.sink = sink;
    this.clusterContext = { layers, grid: context.grid, thresholdOf: context.thresholdOf };
  }

  /**
   * Recomputes the frames in `spans` (and any entering or leaving the range) and what they touch;
   * with `changed`, a frame already compared re-solves only the clusters of the changed records.
   */
  update(
    left: LayerIndex,
    right: LayerIndex,
    spans: readonly FrameSpan[],
    changed: ChangedSide | null = null,
  ): void {
    const [before, range] = [this.range, rangeOf(left, right, this.context.frameCount)];
    for (const [first, last] of outside(before, range)) {
      for (let frame = first; frame <= last; frame += 1) this.removeFrame(frame);
    }
    this.range = range;
    const inRange = range
      ? spans
          .map(([first, last]): FrameSpan => [
            Math.max(first, range.first),
            Math.min(last, range.last),
          ])
          .filter(([first, last]) => first <= last)
      : [];
    for (const [first, last] of mergeSpans([...inRange, ...outside(range, before)])) {
      for (let frame = first; frame <= last; frame += 1) {
        if (changed && this.frames.has(frame)) {
          this.updateFrame(frame, changed.side === 0 ? left : right, changed);
          continue;
        }
        this.removeFrame(frame);
        this.addFrame(frame, left, right);
      }
    }
    this.settle();
  }

  summary(): SpatialSummary {
    const { matched, missing, extra, iouUnits } = this.totals;
    const trackFrames = this.trackFrames.left + this.trackFrames.right;
    let identitySwitches = 0;
    for (const entries of this.switches.values()) identitySwitches += entries.length;
    return {
      framesCompared: this.range ? this.range.last - this.range.first + 1 : 0,
      matched,
      missing,
      extra,
      meanIoU: meanIoUOf(iouUnits, matched),
      idf1: trackFrames === 0 ? null : (2 * this.identity.idtp()) / trackFrames,
      identitySwitches,
    };
  }

  /** Forgets every frame, taking its disagreements out of the sink. */
  clear(): void {
    if (this.range) {
      for (let frame = this.range.first; frame <= this.range.last; frame += 1)
        this.removeFrame(frame);
    }
    this.range = null;
    this.settle();
  }

  private addFrame(frame: number, left: LayerIndex, right: LayerIndex): void {
    const context = this.clusterContext;
    const members = [
      ...left.shapesAt(frame).map((shape) => memberOf(0, shape, context)),
      ...right.shapesAt(frame).map((shape) => memberOf(1, shape, context)),
    ];
    const found = clusterMembers(members, this.clusterContext);
    const clusters = new FrameClusters(found.length);
    this.frames.set(frame, clusters);
    for (const cluster of found) {
      clusters.add(cluster);
      this.account(frame, cluster.comparison, 1);
    }
  }

  private removeFrame(frame: number): void {
    const clusters = this.frames.get(frame);
    if (!clusters) return;
    this.frames.delete(frame);
    for (const cluster of clusters.clusters) this.account(frame, cluster.comparison, -1);
  }

  /** Re-solves the clusters the changed records were in or now meet; the others stand. */
  private updateFrame(frame: number, layer: LayerIndex, changed: ChangedSide): void {
    const clusters = this.frames.get(frame) as FrameClusters;
    const { side, ids } = changed;
    if (ids.size === 1 && this.relabelInPlace(frame, clusters, layer, changed)) return;
    const affected = new Set<Cluster>();
    const fresh: Member[] = [];
    for (const id of ids) {
      const before = clusters.clusterOf[side].get(id);
      if (before) affected.add(before);
      const shape = layer.shapeOf(id, frame);
      if (shape) fresh.push(memberOf(side, shape, this.clusterContext));
    }
    const [only] = fresh;
    // A box relabelled where it stands, with the same threshold, can match nothing new.
    if (only && fresh.length === 1 && affected.size === 1 && this.standsStill(affected, only)) {
      if (this.refitInPlace(frame, clusters, affected, only)) return;
    }
    for (const member of fresh) {
      for (const cluster of clusters.linkedTo(member, this.context.grid)) affected.add(cluster);
    }
    if (only && fresh.length === 1 && this.refitInPlace(frame, clusters, affected, only)) return;
    const members = [...affected]
      .flatMap((cluster) => cluster.members)
      .filter((member) => member.side !== side || !ids.has(member.id));
    const before: FrameComparison[] = [];
    for (const cluster of affected) {
      clusters.remove(cluster);
      before.push(cluster.comparison);
    }
    const after: FrameComparison[] = [];
    for (const cluster of clusterMembers([...members, ...fresh], this.clusterContext)) {
      clusters.add(cluster);
      after.push(cluster.comparison);
    }
    this.accountReplaced(frame, before, after);
  }

  /**
   * Counts clusters re-solved on a frame: the totals of those that went out and came in, but only
   * the findings and matched tracks that differ, so what re-clustering left as it was is not
   * rebuilt when the pair settles.
   */
  private accountReplaced(
    frame: number,
    before: readonly FrameComparison[],
    after: readonly FrameComparison[],
  ): void {
    for (const [comparisons, sign] of [
      [before, -1],
      [after, 1],
    ] as const) {
      for (const compared of comparisons) this.countTotals(compared, sign);
    }
    const findingsOf = (comparisons: readonly FrameComparison[]) =>
      new Map(
        comparisons.flatMap((compared) => compared.findings.map((found) => [found.key, found])),
      );
    const [wereFound, areFound] = [findingsOf(before), findingsOf(after)];
    for (const key of wereFound.keys()) {
      if (!areFound.has(key)) this.countFinding(key, frame, -1);
    }
    for (const [key, found] of areFound) {
      const was = wereFound.get(key);
      if (!was) this.countFinding(key, frame, 1);
      else if (!sameFinding(was, found)) this.touched.findings.add(key);
    }
    const pairsOf = (comparisons: readonly FrameComparison[]) =>
      new Map(
        comparisons.flatMap((compared) =>
          compared.tracks.matched.map((pair) => [`${pair.leftId}\u0000${pair.rightId}`, pair]),
        ),
      );
    const [werePaired, arePaired] = [pairsOf(before), pairsOf(after)];
    for (const [key, pair] of werePaired) {
      if (!arePaired.has(key)) this.countPair(frame, pair, -1);
    }
    for (const [key, pair] of arePaired) {
      if (!werePaired.has(key)) this.countPair(frame, pair, 1);
    }
  }

  /** The changed box's old version in the one affected cluster is where the new one is. */
  private standsStill(affected: ReadonlySet<Cluster>, fresh: Member): boolean {
    const [cluster] = affected as unknown as [Cluster];
    const before = cluster.members.find(
      (member) => member.side === fresh.side && member.id === fresh.id,
    );
    if (!before || before.threshold !== fresh.threshold) return false;
    const [was, is] = [before.geometry, fresh.geometry];
    if (was.kind !== 'box' || is.kind !== 'box') return false;
    const [a, b] = [was.box, is.box];
    return a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
  }

  /**
   * Gives an object only relabelled its new label in its cluster, when the label's IoU threshold
   * is the one it had: matching ignores labels, so the cluster and who matches whom stand.
   */
  private relabelInPlace(
    frame: number,
    clusters: FrameClusters,
    layer: LayerIndex,
    changed: ChangedSide,
  ): boolean {
    const [id] = changed.ids as unknown as [string];
    if (!changed.relabelled.has(id)) return false;
    const cluster = clusters.clusterOf[changed.side].get(id);
    const member = cluster?.members.find((each) => each.side === changed.side && each.id === id);
    const labelId = layer.labelOf(id);
    if (!cluster || !member || this.context.thresholdOf(labelId) !== member.threshold) {
      return false;
    }
    const before = cluster.comparison;
    member.labelId = labelId;
    cluster.comparison = compareCluster(cluster.members, this.clusterContext);
    this.accountRefit(frame, clusters, before, cluster.comparison);
    return true;
  }

  /** Refits the one affected cluster in place when the change keeps it as it is. */
  private refitInPlace(
    frame: number,
    clusters: FrameClusters,
    affected: ReadonlySet<Cluster>,
    fresh: Member,
  ): boolean {
    if (affected.size !== 1) return false;
    const [cluster] = affected as unknown as [Cluster];
    const member = refittable(cluster, fresh, this.context.grid);
    if (!member) return false;
    const before = { ...cluster.comparison };
    clusters.refit(cluster, member, fresh, this.clusterContext);
    this.accountRefit(frame, clusters, before, cluster.comparison);
    return true;
  }

  /**
   * Counts what a refit changed in a cluster that keeps its members and who matches whom: its IoU
   * total and its findings, touching the maps only where a finding came, went or changed.
   */
  private accountRefit(
    frame: number,
    clusters: FrameClusters,
    before: FrameComparison,
    after: FrameComparison,
  ): void {
    this.totals.iouUnits += after.iouUnits - before.iouUnits;
    if (before.findings.length === 0 && after.findings.length === 0) return;
    const kept = new Set(after.findings.map((found) => found.key));
    for (const found of before.findings) {
      if (kept.has(found.key)) continue;
      clusters.findings.delete(found.key);
      this.countFinding(found.key, frame, -1);
    }
    const had = new Set(before.findings.map((found) => found.key));
    for (const found of after.findings) {
      clusters.findings.set(found.key, found);
      if (had.has(found.key)) this.touched.findings.add(found.key);
      else this.countFinding(found.key, frame, 1);
    }
  }

  /** Adds (or takes away) what a cluster's comparison counts on a frame. */
  private account(frame: number, compared: FrameComparison, sign: 1 | -1): void {
    this.countTotals(compared, sign);
    for (const { key } of compared.findings) this.countFinding(key, frame, sign);
    for (const pair of compared.tracks.matched) this.countPair(frame, pair, sign);
  }

  private countTotals(compared: FrameComparison, sign: 1 | -1): void {
    this.totals.matched += sign * compared.matched;
    this.totals.missing += sign * compared.missing;
    this.totals.extra += sign * compared.extra;
    this.totals.iouUnits += sign * compared.iouUnits;
    const { matched, missing, extra } = compared.tracks;
    this.trackFrames.left += sign * (matched.length + missing.length);
    this.trackFrames.right += sign * (matched.length + extra.length);
  }

  /** Two tracks matched on a frame (or no longer): their co-occurrence and partners. */
  private countPair(
    frame: number,
    { leftId, rightId }: { leftId: string; rightId: string },
    sign: 1 | -1,
  ): void {
    this.identity.count(leftId, rightId, sign);
    this.partners.left.set(leftId, frame, sign > 0 ? rightId : null);
    this.partners.right.set(rightId, frame, sign > 0 ? leftId : null);
    this.touched.tracks.add(`L${leftId}`).add(`R${rightId}`);
  }

  private countFinding(key: string, frame: number, sign: 1 | -1): void {
    const frames = this.findingFrames.get(key) ?? new Set<number>();
    if (sign > 0) frames.add(frame);
    else frames.delete(frame);
    if (frames.size === 0) this.findingFrames.delete(key);
    else this.findingFrames.set(key, frames);
    this.touched.findings.add(key);
  }

  private settle(): void {
    for (const key of this.touched.findings) {
      const after = this.runsOf(key);
      this.sink.replace(this.findingRuns.get(key) ?? [], after);
      if (after.length === 0) this.findingRuns.delete(key);
      else this.findingRuns.set(key, after);
    }
    for (const node of this.touched.tracks) {
      const timeline = node.startsWith('L') ? this.partners.left : this.partners.right;
      const after = timeline
        .switchesOf(node.slice(1))
        .map((change) => switchDisagreement(this.layers, change));
      this.sink.replace(this.switches.get(node) ?? [], after);
      if (after.length === 0) this.switches.delete(node);
      else this.switches.set(node, after);
    }
    this.touched.findings.clear();
    this.touched.tracks.clear();
    // Re-solve the touched identities now, so reading the summary costs nothing.
    this.identity.idtp();
  }

  private runsOf(key: string): Disagreement[] {
    const frames = [...(this.findingFrames.get(key) ?? [])].sort((a, b) => a - b);
    const runs: Disagreement[] = [];
    for (let start = 0; start < frames.length;) {
      let end = start;
      while (end + 1 < frames.length && frames[end + 1] === (frames[end] as number) + 1) end += 1;
      const first = frames[start] as number;
      const found = (this.frames.get(first) as FrameClusters).findings.get(key) as FrameFinding;
      runs.push(disagreementOfFinding(this.layers, found, first, frames[end] as number));
      start = end + 1;
    }
    return runs;
  }
}

function sameFinding(first: FrameFinding, second: FrameFinding): boolean {
  return (
    first.labelId === second.labelId &&
    first.severity === second.severity &&
    first.message === second.message
  );
}
