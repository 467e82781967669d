import type { BoxHandle } from './BoxHandle.ts';
import { BOX_HANDLES, handlePosition } from './BoxHandle.ts';
import type { Point } from './Point.ts';
import type { ToolBox } from './ToolBox.ts';

/** What is under the pointer. */
export type BoxHit =
  { kind: 'handle'; trackId: string; handle: BoxHandle } | { kind: 'body'; trackId: string };

function contains(candidate: ToolBox, point: Point): boolean {
  const { box } = candidate;
  return (
    point.x >= box.x && point.x <= box.x + box.w && point.y >= box.y && point.y <= box.y + box.h
  );
}

/**
 * Finds the handle or box under a point. Handles of selected boxes win, then selected boxes (so a
 * selected box under another stays grabbable), then the topmost (last drawn) visible box.
 */
export function hitTestBoxes(
  boxes: readonly ToolBox[],
  selection: readonly string[],
  point: Point,
  handleRadius: number,
  withHandles: boolean,
): BoxHit | null {
  const selected = boxes.filter((candidate) => selection.includes(candidate.trackId));
  if (withHandles) {
    for (const candidate of selected) {
      for (const handle of BOX_HANDLES) {
        const position = handlePosition(candidate.box, handle);
        if (Math.hypot(position.x - point.x, position.y - point.y) <= handleRadius) {
          return { kind: 'handle', trackId: candidate.trackId, handle };
        }
      }
    }
  }
  const hit =
    [...selected].reverse().find((candidate) => contains(candidate, point)) ??
    [...boxes].reverse().find((candidate) => !candidate.outside && contains(candidate, point));
  return hit ? { kind: 'body', trackId: hit.trackId } : null;
}
