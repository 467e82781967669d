import type { FrameComparison, FrameFinding } from '../compareFrame.ts';
import { extraFinding, iouUnitsOf, missingFinding, orNone, pairFindings } from '../compareFrame.ts';
import type { WeightedPair } from '../spatial/AssignmentGraph.ts';
import type { ShapeBounds } from '../spatial/boundsOfSpans.ts';
import type { MatchedShapes } from '../spatial/matchFrame.ts';
import { iouWeight } from '../spatial/iouWeight.ts';
import { overlappingBounds } from '../spatial/overlappingBounds.ts';
import type { IouThresholdOf } from '../spatial/PreparedShapes.ts';
import { boundsOfShape } from '../spatial/PreparedShapes.ts';
import { shapeIou } from '../spatial/shapeIou.ts';
import { solveAssignment } from '../spatial/solveAssignment.ts';
import type { PixelGrid, SpatialShape } from '../spatial/SpatialShape.ts';
import type { Box } from '../../schema/box.ts';

/** A shape of one side of a pair on a frame, with the bounds and threshold the matcher pairs it by. */
export interface Member extends SpatialShape {
  side: 0 | 1;
  bounds: ShapeBounds | null;
  threshold: number;
}

/**
 * Shapes of both sides linked by pairs the matcher may match (as scoreOverlaps keeps them),
 * transitively, and how they compare: such shapes are matched only among themselves.
 */
export interface Cluster {
  /** Where the cluster sits in its frame's list. */
  slot: number;
  members: Member[];
  /** The rectangle around each side's members' bounds; null when a side has none. */
  sideBounds: [ShapeBounds | null, ShapeBounds | null];
  comparison: FrameComparison;
}

/** How the clusters are compared: the pair's layers, the media's grid, the labels' thresholds. */
export interface ClusterContext {
  layers: readonly [string, string];
  grid: PixelGrid;
  thresholdOf: IouThresholdOf;
}

/** A member for a shape of one side. */
export function memberOf(side: 0 | 1, shape: SpatialShape, context: ClusterContext): Member {
  const { grid, thresholdOf } = context;
  const { id, labelId, geometry } = shape;
  const [bounds, threshold] = [boundsOfShape(shape, grid), thresholdOf(labelId)];
  return { id, labelId, geometry, side, bounds, threshold };
}

/** The rectangle around one side's members; a lone member's own bounds (kept per cluster and frame). */
function around(members: readonly Member[], side: 0 | 1): ShapeBounds | null {
  let around: ShapeBounds | null = null;
  for (const { side: memberSide, bounds } of members) {
    if (memberSide !== side || !bounds) continue;
    if (!around) around = bounds;
    else {
      around = [
        Math.min(around[0], bounds[0]),
        Math.min(around[1], bounds[1]),
        Math.max(around[2], bounds[2]),
        Math.max(around[3], bounds[3]),
      ];
    }
  }
  return around;
}

/** Rectangles that meet, edges included, as overlappingBounds pairs them. */
export function meet(first: ShapeBounds, second: ShapeBounds): boolean {
  return (
    first[0] <= second[2] && second[0] <= first[2] && first[1] <= second[3] && second[1] <= first[3]
  );
}

/** True when the matcher could pair the two (opposite sides): IoU above 0 and both thresholds. */
export function mayMatch(first: Member, second: Member, grid: PixelGrid): boolean {
  if (!first.bounds || !second.bounds || !meet(first.bounds, second.bounds)) return false;
  const iou = shapeIou(first.geometry, second.geometry, grid);
  return iou > 0 && iou >= Math.max(first.threshold, second.threshold);
}

function rootOf(parent: number[], node: number): number {
  let root = node;
  while (parent[root] !== root) root = parent[root] as number;
  return root;
}

/** Up to this many left × right pairs, clusterMembers tries every pair instead of sweeping bounds. */
const DIRECT_PAIRS = 64;

/**
 * Splits shapes into clusters: a left and a right shape the matcher may pair are in one,
 * transitively. The matcher solves each such group alone, so each cluster compares exactly as it
 * would within the whole frame.
 */
export function clusterMembers(members: readonly Member[], context: ClusterContext): Cluster[] {
  const sides = [0, 1].map((side) => members.filter((member) => member.side === side));
  const [left, right] = sides as [Member[], Member[]];
  const parent = members.map((_, index) => index);
  const join = (leftIndex: number, rightIndex: number) => {
    if (!mayMatch(left[leftIndex] as Member, right[rightIndex] as Member, context.grid)) return;
    const [a, b] = [rootOf(parent, leftIndex), rootOf(parent, left.length + rightIndex)];
    parent[Math.max(a, b)] = Math.min(a, b);
  };
  // Components do not depend on the order pairs are joined in (each root is its smallest index),
  // so the few shapes an edit re-clusters are paired directly, a whole frame by a sweep.
  if (left.length * right.length <= DIRECT_PAIRS) {
    for (let leftIndex = 0; leftIndex < left.length; leftIndex += 1) {
      for (let rightIndex = 0; rightIndex < right.length; rightIndex += 1)
        join(leftIndex, rightIndex);
    }
  } else {
    const pairs = overlappingBounds(
      left.map((member) => member.bounds),
      right.map((member) => member.bounds),
    );
    for (let index = 0; index < pairs.length; index += 2) {
      join(pairs[index] as number, pairs[index + 1] as number);
    }
  }
  const ordered = [...left, ...right];
  const groups = new Map<number, Member[]>();
  ordered.forEach((member, index) => {
    const root = rootOf(parent, index);
    const group = groups.get(root);
    if (group) group.push(member);
    else groups.set(root, [member]);
  });
  return [...groups.values()].map((group) => ({
    slot: -1,
    members: group,
    sideBounds: [around(group, 0), around(group, 1)],
    comparison: compareCluster(group, context),
  }));
}

const NO_TRACKS = { matched: orNone([]), missing: orNone([]), extra: orNone([]) };

/** A shape nothing can match: missing from the right layer, or extra in it. */
function compareAlone(member: Member, rightName: string): FrameComparison {
  const left = member.side === 0;
  const onTrack = member.geometry.kind === 'box' ? [member.id] : orNone<string>([]);
  return {
    matched: 0,
    missing: left ? 1 : 0,
    extra: left ? 0 : 1,
    iouUnits: 0,
    findings: [left ? missingFinding(rightName, member) : extraFinding(rightName, member)],
    tracks: left ? { ...NO_TRACKS, missing: onTrack } : { ...NO_TRACKS, extra: onTrack },
  };
}

/** Two shapes of opposite sides that may match and nothing else may: the matcher pairs them. */
function compareCouple(left: Member, right: Member, grid: PixelGrid): FrameComparison {
  const iou = shapeIou(left.geometry, right.geometry, grid);
  const tracks = left.geometry.kind === 'box' && right.geometry.kind === 'box';
  return {
    matched: 1,
    missing: 0,
    extra: 0,
    iouUnits: iouUnitsOf(iou),
    findings: orNone(pairFindings(left, right, iou)),
    tracks: tracks
      ? { ...NO_TRACKS, matched: [{ leftId: left.id, rightId: right.id }] }
      : NO_TRACKS,
  };
}

function byId(first: Member, second: Member): number {
  return first.id < second.id ? -1 : first.id > second.id ? 1 : 0;
}

/**
 * A cluster of three or more shapes matched as compareFrame matches a frame (label-blind optimal
 * assignment, each side ranked by id for the tie-break), reusing what the members already carry:
 * bounds and thresholds. A cluster is connected by the pairs that may match, so it is one group.
 */
function compareGroup(members: readonly Member[], context: ClusterContext): FrameComparison {
  const left = members.filter((member) => member.side === 0).sort(byId);
  const right = members.filter((member) => member.side === 1).sort(byId);
  const pairs: WeightedPair[] = [];
  const iouOfPair = new Map<number, number>();
  left.forEach((first, leftIndex) => {
    right.forEach((second, rightIndex) => {
      if (!first.bounds || !second.bounds || !meet(first.bounds, second.bounds)) return;
      const iou = shapeIou(first.geometry, second.geometry, context.grid);
      if (!(iou > 0 && iou >= Math.max(first.threshold, second.threshold))) return;
      pairs.push({ left: leftIndex, right: rightIndex, weight: iouWeight(iou) });
      iouOfPair.set(leftIndex * right.length + rightIndex, iou);
    });
  });
  const [leftMatched, rightMatched] = [new Uint8Array(left.length), new Uint8Array(right.length)];
  const findings: FrameFinding[] = [];
  const matchedTracks: MatchedShapes[] = [];
  let iouUnits = 0;
  const assignment = solveAssignment(left.length, right.length, pairs);
  for (const { left: leftIndex, right: rightIndex } of assignment) {
    const [first, second] = [left[leftIndex] as Member, right[rightIndex] as Member];
    [leftMatched[leftIndex], rightMatched[rightIndex]] = [1, 1];
    const iou = iouOfPair.get(leftIndex * right.length + rightIndex) as number;
    iouUnits += iouUnitsOf(iou);
    findings.push(...pairFindings(first, second, iou));
    if (first.geometry.kind === 'box' && second.geometry.kind === 'box') {
      matchedTracks.push({ leftId: first.id, rightId: second.id, iou });
    }
  }
  const missing = left.filter((_, index) => !leftMatched[index]);
  const extra = right.filter((_, index) => !rightMatched[index]);
  const rightName = context.layers[1];
  const onTracks = (shapes: Member[]) =>
    orNone(shapes.filter((shape) => shape.geometry.kind === 'box').map((shape) => shape.id));
  return {
    matched: assignment.length,
    missing: missing.length,
    extra: extra.length,
    iouUnits,
    findings: orNone([
      ...missing.map((shape) => missingFinding(rightName, shape)),
      ...extra.map((shape) => extraFinding(rightName, shape)),
      ...findings,
    ]),
    tracks: { matched: orNone(matchedTracks), missing: onTracks(missing), extra: onTracks(extra) },
  };
}

/** How a cluster's shapes compare, as compareFrame would find them among the whole frame's. */
export function compareCluster(
  members: readonly Member[],
  context: ClusterContext,
): FrameComparison {
  // Most clusters are a lone shape or one matched pair; the general matcher is kept for the rest.
  if (members.length === 1) return compareAlone(members[0] as Member, context.layers[1]);
  const [first, second] = members as [Member, Member];
  if (members.length === 2 && first.side !== second.side) {
    const [left, right] = first.side === 0 ? [first, second] : [second, first];
    return compareCouple(left, right, context.grid);
  }
  return compareGroup(members, context);
}

/** Numbers kept per cluster for the search by bounds: each side's rectangle, NaN when it has none. */
const REACH_STRIDE = 8;

/** One frame of a pair: its clusters, which cluster each shape is in, and its findings by key. */
export class FrameClusters {
  readonly clusters: Cluster[] = [];
  /** By side, then shape id. */
  readonly clusterOf: [Map<string, Cluster>, Map<string, Cluster>] = [new Map(), new Map()];
  readonly findings = new Map<string, FrameFinding>();
  /**
   * Each cluster's side bounds by slot, in one flat array outside the object heap: the search for
   * the clusters a shape meets reads numbers in a row instead of following a pointer per cluster.
   */
  private reach: Float64Array;

  constructor(expectedClusters = 4) {
    this.reach = new Float64Array(Math.max(1, expectedClusters) * REACH_STRIDE);
  }

  add(cluster: Cluster): void {
    cluster.slot = this.clusters.length;
    this.clusters.push(cluster);
    if (this.reach.length < this.clusters.length * REACH_STRIDE) {
      const grown = new Float64Array(this.reach.length * 2);
      grown.set(this.reach);
      this.reach = grown;
    }
    this.writeReach(cluster);
    for (const member of cluster.members) this.clusterOf[member.side].set(member.id, cluster);
    for (const found of cluster.comparison.findings) this.findings.set(found.key, found);
  }

  remove(cluster: Cluster): void {
    const last = this.clusters.pop() as Cluster;
    if (last !== cluster) {
      this.clusters[cluster.slot] = last;
      last.slot = cluster.slot;
      this.writeReach(last);
    }
    for (const member of cluster.members) this.clusterOf[member.side].delete(member.id);
    for (const found of cluster.comparison.findings) this.findings.delete(found.key);
  }

  /** Moves a refittable member of a cluster to its new box (see `refit`). */
  refit(cluster: Cluster, member: Member, fresh: Member, context: ClusterContext): void {
    refit(cluster, member, fresh, context);
    this.writeReach(cluster);
  }

  /** The clusters holding a shape of the other side that `member` may match. */
  linkedTo(member: Member, grid: PixelGrid): Cluster[] {
    const linked: Cluster[] = [];
    const { bounds } = member;
    if (!bounds) return linked;
    const opposite = member.side === 0 ? 1 : 0;
    const [x0, y0, x1, y1] = bounds;
    const reach = this.reach;
    for (let index = 0; index < this.clusters.length; index += 1) {
      // As meet(): a side without shapes holds NaN, which meets nothing.
      const at = index * REACH_STRIDE + opposite * 4;
      const meets =
        (reach[at] as number) <= x1 &&
        x0 <= (reach[at + 2] as number) &&
        (reach[at + 1] as number) <= y1 &&
        y0 <= (reach[at + 3] as number);
      if (!meets) continue;
      for (const other of (this.clusters[index] as Cluster).members) {
        if (other.side === opposite && mayMatch(other, member, grid)) {
          linked.push(this.clusters[index] as Cluster);
          break;
        }
      }
    }
    return linked;
  }

  private writeReach(cluster: Cluster): void {
    const at = cluster.slot * REACH_STRIDE;
    for (const side of [0, 1] as const) {
      const bounds = cluster.sideBounds[side];
      for (let corner = 0; corner < 4; corner += 1) {
        this.reach[at + side * 4 + corner] = bounds ? (bounds[corner] as number) : Number.NaN;
      }
    }
  }
}

/**
 * The member of a lone box, or of a matched pair of boxes, that `fresh` is the new version of, when
 * the change keeps the cluster as it is (still a box with an area, still matching its partner);
 * null otherwise. The caller has checked that `fresh` may match nothing outside it.
 */
export function refittable(cluster: Cluster, fresh: Member, grid: PixelGrid): Member | null {
  if (cluster.members.length > 2 || fresh.geometry.kind !== 'box' || !fresh.bounds) return null;
  const member = cluster.members.find((each) => each.side === fresh.side && each.id === fresh.id);
  if (!member || member.geometry.kind !== 'box' || !member.bounds) return null;
  const partner = cluster.members.find((each) => each !== member);
  if (partner && (partner.side === fresh.side || !mayMatch(partner, fresh, grid))) return null;
  return member;
}

/**
 * Moves a refittable member to its new box in place and compares its cluster again; nothing new is
 * kept, so an edit leaves little for the garbage collector.
 */
export function refit(
  cluster: Cluster,
  member: Member,
  fresh: Member,
  context: ClusterContext,
): void {
  type BoxGeometry = { kind: 'box'; box: Box };
  Object.assign((member.geometry as BoxGeometry).box, (fresh.geometry as BoxGeometry).box);
  // The member owns its bounds (and a lone member's side bounds are the same array).
  const bounds = member.bounds as unknown as number[];
  (fresh.bounds as ShapeBounds).forEach((value, index) => (bounds[index] = value));
  const relabelled = member.labelId !== fresh.labelId;
  [member.labelId, member.threshold] = [fresh.labelId, fresh.threshold];
  if (cluster.members.length === 1) {
    if (relabelled) cluster.comparison = compareAlone(member, context.layers[1]);
    return;
  }
  const { grid } = context;
  const left = cluster.members.find((each) => each.side === 0) as Member;
  const right = cluster.members.find((each) => each.side === 1) as Member;
  const iou = shapeIou(left.geometry, right.geometry, grid);
  cluster.comparison.iouUnits = iouUnitsOf(iou);
  cluster.comparison.findings = orNone(pairFindings(left, right, iou));
}
