import type { AttributeValues } from '../../shared/doc/readAttributes.ts';
import type {
  KeyframeView,
  LayerSnapshot,
  LinkView,
  MaskView,
  SegmentView,
  ShapeView,
  TrackView,
  Violation,
} from '../../shared/doc/readLayer.ts';

function sameAttributes(left: AttributeValues, right: AttributeValues): boolean {
  // Attribute maps hold a few small values: comparing their JSON is cheap and exact.
  return left === right || JSON.stringify(left) === JSON.stringify(right);
}

function sameKeyframe(left: KeyframeView, right: KeyframeView): boolean {
  return (
    left.frame === right.frame &&
    left.outside === right.outside &&
    left.box.x === right.box.x &&
    left.box.y === right.box.y &&
    left.box.w === right.box.w &&
    left.box.h === right.box.h
  );
}

function sameTrack(left: TrackView, right: TrackView): boolean {
  return (
    left.id === right.id &&
    left.labelId === right.labelId &&
    left.createdBy === right.createdBy &&
    left.updatedBy === right.updatedBy &&
    sameAttributes(left.attributes, right.attributes) &&
    left.keyframes.length === right.keyframes.length &&
    left.keyframes.every((keyframe, index) => sameKeyframe(keyframe, right.keyframes[index]!))
  );
}

function sameSegment(left: SegmentView, right: SegmentView): boolean {
  return (Object.keys(left) as (keyof SegmentView)[]).every((key) =>
    key === 'attributes'
      ? sameAttributes(left.attributes, right.attributes)
      : left[key] === right[key],
  );
}

function sameShape(left: ShapeView, right: ShapeView): boolean {
  // Shapes are drawn by hand and hold few keyframes: comparing their JSON is exact and cheap enough.
  return JSON.stringify(left) === JSON.stringify(right);
}

/** Links, tags and instruction items are few and small: comparing their JSON is exact and cheap. */
function sameJson<T>(left: T, right: T): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

function sameViolation(left: Violation, right: Violation): boolean {
  return (
    left.recordId === right.recordId && left.field === right.field && left.message === right.message
  );
}

function sameMask(left: MaskView, right: MaskView): boolean {
  return (
    left.labelId === right.labelId &&
    left.width === right.width &&
    left.height === right.height &&
    left.operationCount === right.operationCount &&
    left.fingerprint === right.fingerprint &&
    left.authors.join('\u0000') === right.authors.join('\u0000') &&
    left.updatedBy === right.updatedBy &&
    sameAttributes(left.attributes, right.attributes) &&
    left.frames.length === right.frames.length &&
    left.frames.every((frame, index) => frame === right.frames[index])
  );
}

/** Next list with every element equal to the previous one's (by id) replaced by that previous element. */
function shareList<T extends { id: string }>(
  previous: readonly T[],
  next: readonly T[],
  same: (left: T, right: T) => boolean,
): readonly T[] {
  const byId = new Map(previous.map((element) => [element.id, element]));
  let changed = previous.length !== next.length;
  const shared = next.map((element, index) => {
    const old = byId.get(element.id);
    const kept = old && same(old, element) ? old : element;
    if (kept !== previous[index]) changed = true;
    return kept;
  });
  return changed ? shared : previous;
}

/**
 * Reuses every unchanged record and link of the previous snapshot, and the snapshot itself when
 * nothing changed, so renderers can skip work by comparing identities.
 */
export function shareLayerSnapshot(previous: LayerSnapshot, next: LayerSnapshot): LayerSnapshot {
  const tracks = shareList(previous.tracks, next.tracks, sameTrack);
  const segments = shareList(previous.segments, next.segments, sameSegment);
  const masks = shareList(previous.masks, next.masks, sameMask);
  const shapes = shareList(previous.shapes, next.shapes, sameShape);
  const links = shareList(previous.links, next.links, sameJson<LinkView>);
  const tags = shareList(previous.tags, next.tags, sameJson);
  const instructions = shareList(previous.instructions, next.instructions, sameJson);
  const violations =
    previous.violations.length === next.violations.length &&
    previous.violations.every((violation, index) =>
      sameViolation(violation, next.violations[index]!),
    )
      ? previous.violations
      : next.violations;
  if (
    tracks === previous.tracks &&
    segments === previous.segments &&
    masks === previous.masks &&
    shapes === previous.shapes &&
    links === previous.links &&
    tags === previous.tags &&
    instructions === previous.instructions &&
    violations === previous.violations
  ) {
    return previous;
  }
  return { tracks, segments, masks, shapes, links, tags, instructions, violations };
}
