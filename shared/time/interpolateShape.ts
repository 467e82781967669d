import { lastIndexAtOrBefore } from './lastIndexAtOrBefore.ts';

/** A shape keyframe as read (a `ShapeKeyframeView` fits): flat x, y pairs and per-point visibility. */
export interface PointsKeyframe {
  frame: number;
  points: readonly number[];
  visible: readonly boolean[] | null;
  outside: boolean;
}

/** What a shape shows at a frame; `outside` means nothing is drawn. */
export interface InterpolatedShape {
  points: number[];
  visible: readonly boolean[] | null;
  outside: boolean;
  isKeyframe: boolean;
}

function between(from: number, to: number, fraction: number): number {
  const value = from + (to - from) * fraction;
  return Math.min(Math.max(value, Math.min(from, to)), Math.max(from, to));
}

/**
 * The points of a shape at `frame`, from keyframes sorted by frame; null before the first. Between
 * two keyframes with the same number of points each point moves linearly and takes the earlier
 * keyframe's visibility; when the counts differ (a vertex was added or removed) the earlier
 * keyframe holds until the next. As for boxes, a shape stays hidden after an outside keyframe and
 * holds still towards one.
 */
export function interpolateShape(
  keyframes: readonly PointsKeyframe[],
  frame: number,
): InterpolatedShape | null {
  const index = lastIndexAtOrBefore(keyframes, frame);
  const previous = keyframes[index];
  if (!previous) return null;
  const held = (isKeyframe: boolean): InterpolatedShape => ({
    points: [...previous.points],
    visible: previous.visible,
    outside: previous.outside,
    isKeyframe,
  });
  if (previous.frame === frame) return held(true);
  const next = keyframes[index + 1];
  if (!next || previous.outside || next.outside || next.points.length !== previous.points.length) {
    return held(false);
  }
  const fraction = (frame - previous.frame) / (next.frame - previous.frame);
  const points = previous.points.map((value, at) =>
    between(value, next.points[at] as number, fraction),
  );
  return { points, visible: previous.visible, outside: false, isKeyframe: false };
}
