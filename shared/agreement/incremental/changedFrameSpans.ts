import type { DrawnObject } from '../spatialShapeAt.ts';
import type { FrameSpan } from './FrameSpan.ts';
import { mergeSpans } from './FrameSpan.ts';

/** From an object's first keyframe to its last when that one puts it out of view, else to the end. */
export function presenceSpan(object: DrawnObject | null): FrameSpan | null {
  const keyframes = object?.view.keyframes ?? [];
  const [first, last] = [keyframes[0], keyframes.at(-1)];
  if (!first || !last) return null;
  return [first.frame, last.outside ? last.frame : Infinity];
}

function geometryOf(object: DrawnObject): string {
  return object.kind === 'track' ? 'box' : object.view.geometry;
}

function sameValue(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

/**
 * The frames on which an object may draw differently after a change: where it is present before
 * or after, when it appears, disappears or changes label or geometry; otherwise, for each keyframe
 * added, removed or changed, its interpolation span — from just after the keyframe before it to
 * just before the keyframe after it (to the end after the last), over both versions' keyframes.
 */
export function changedFrameSpans(
  before: DrawnObject | null,
  after: DrawnObject | null,
): FrameSpan[] {
  if (
    !before ||
    !after ||
    geometryOf(before) !== geometryOf(after) ||
    before.view.labelId !== after.view.labelId
  ) {
    return mergeSpans([presenceSpan(before), presenceSpan(after)].filter((span) => span !== null));
  }
  const beforeAt = new Map<number, unknown>(before.view.keyframes.map((key) => [key.frame, key]));
  const afterAt = new Map<number, unknown>(after.view.keyframes.map((key) => [key.frame, key]));
  const frames = [...new Set([...beforeAt.keys(), ...afterAt.keys()])].sort((a, b) => a - b);
  const spans: FrameSpan[] = [];
  frames.forEach((frame, index) => {
    if (sameValue(beforeAt.get(frame), afterAt.get(frame))) return;
    const [previous, next] = [frames[index - 1], frames[index + 1]];
    spans.push([
      previous === undefined ? frame : previous + 1,
      next === undefined ? Infinity : next - 1,
    ]);
  });
  return mergeSpans(spans);
}
