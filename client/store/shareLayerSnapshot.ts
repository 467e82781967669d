import type {
  KeyframeView,
  LayerSnapshot,
  MaskView,
  SegmentView,
  TrackView,
  Violation,
} from '../../shared/doc/readLayer.ts';

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
    left.keyframes.length === right.keyframes.length &&
    left.keyframes.every((keyframe, index) => sameKeyframe(keyframe, right.keyframes[index]!))
  );
}

function sameSegment(left: SegmentView, right: SegmentView): boolean {
  return (Object.keys(left) as (keyof SegmentView)[]).every((key) => left[key] === right[key]);
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
 * Reuses every unchanged track and segment of the previous snapshot, and the snapshot itself when
 * nothing changed, so renderers can skip work by comparing identities.
 */
export function shareLayerSnapshot(previous: LayerSnapshot, next: LayerSnapshot): LayerSnapshot {
  const tracks = shareList(previous.tracks, next.tracks, sameTrack);
  const segments = shareList(previous.segments, next.segments, sameSegment);
  const masks = shareList(previous.masks, next.masks, sameMask);
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
    violations === previous.violations
  ) {
    return previous;
  }
  return { tracks, segments, masks, violations };
}
