import type { FrameComparison, FrameFinding } from '../compareFrame.ts';
import {
  compareFrame,
  extraFinding,
  iouUnitsOf,
  missingFinding,
  orNone,
  pairFindings,
} from '../compareFrame.ts';
import type { ShapeBounds } from '../spatial/boundsOfSpans.ts';
import { overlappingBounds } from '../spatial/overlappingBounds.ts';
import type { IouThresholdOf } from '../spatial/PreparedShapes.ts';
import { boundsOfShape } from '../spatial/PreparedShapes.ts';
import { shapeIou } from '../spatial/shapeIou.ts';
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

/**
 * Splits shapes into clusters: a left and a right shape the matcher may pair are in one,
 * transitively. The matcher solves each such group alone, so each cluster compares exactly as it
 * would within the whole frame.
 */
export function clusterMembers(members: readonly Member[], context: ClusterContext): Cluster[] {
  const sides = [0, 1].map((side) => members.filter((member) => member.side === side));
  const [left, right] = sides as [Member[], Member[]];
  const parent = members.map((_, index) => index);
  const pairs = overlappingBounds(
    left.map((member) => member.bounds),
    right.map((member) => member.bounds),
  );
  for (let index = 0; index < pairs.length; index += 2) {
    const [leftIndex, rightIndex] = [pairs[index] as number, pairs[index + 1] as number];
    if (!mayMatch(left[leftIndex] as Member, right[rightIndex] as Member, context.grid)) continue;
    const [a, b] = [rootOf(parent, leftIndex), rootOf(parent, left.length + rightIndex)];
    parent[Math.max(a, b)] = Math.min(a, b);
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

/** How a cluster's shapes compare, as compareFrame would find them among the whole frame's. */
export function compareCluster(
  members: readonly Member[],
  context: ClusterContext,
): FrameComparison {
  // Most clusters are a lone shape or one matched pair; the matcher is kept for the rest.
  if (members.length === 1) return compareAlone(members[0] as Member, context.layers[1]);
  const [first, second] = members as [Member, Member];
  if (members.length === 2 && first.side !== second.side) {
    const [left, right] = first.side === 0 ? [first, second] : [second, first];
    return compareCouple(left, right, context.grid);
  }
  const shapesOf = (side: 0 | 1) => members.filter((member) => member.side === side);
  const compared = compareFrame(
    context.layers,
    shapesOf(0),
    shapesOf(1),
    context.grid,
    context.thresholdOf,
  );
  // Thresholds are checked when the engine is created, so shapes always compare.
  if (!compared.ok) throw new Error(compared.error);
  return compared.value;
}

/** One frame of a pair: its clusters, which cluster each shape is in, and its findings by key. */
export class FrameClusters {
  readonly clusters: Cluster[] = [];
  /** By side, then shape id. */
  readonly clusterOf: [Map<string, Cluster>, Map<string, Cluster>] = [new Map(), new Map()];
  readonly findings = new Map<string, FrameFinding>();

  add(cluster: Cluster): void {
    cluster.slot = this.clusters.length;
    this.clusters.push(cluster);
    for (const member of cluster.members) this.clusterOf[member.side].set(member.id, cluster);
    for (const found of cluster.comparison.findings) this.findings.set(found.key, found);
  }

  remove(cluster: Cluster): void {
    const last = this.clusters.pop() as Cluster;
    if (last !== cluster) {
      this.clusters[cluster.slot] = last;
      last.slot = cluster.slot;
    }
    for (const member of cluster.members) this.clusterOf[member.side].delete(member.id);
    for (const found of cluster.comparison.findings) this.findings.delete(found.key);
  }

  /** The clusters holding a shape of the other side that `member` may match. */
  linkedTo(member: Member, grid: PixelGrid): Cluster[] {
    const linked: Cluster[] = [];
    const { bounds } = member;
    if (!bounds) return linked;
    const opposite = member.side === 0 ? 1 : 0;
    for (let index = 0; index < this.clusters.length; index += 1) {
      const cluster = this.clusters[index] as Cluster;
      const reach = cluster.sideBounds[opposite];
      if (!reach || !meet(reach, bounds)) continue;
      for (const other of cluster.members) {
        if (other.side === opposite && mayMatch(other, member, grid)) {
          linked.push(cluster);
          break;
        }
      }
    }
    return linked;
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
