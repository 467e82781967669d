import type { FrameBox } from '../tools/boxesAtFrame.ts';

// Beyond this many boxes the description would cost more than it is worth on every frame.
const MAX_DESCRIBED_BOXES = 500;

const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * The visible boxes of the current frame as JSON (id and media-pixel geometry), published on the
 * canvas host so that automation and assistive tooling can read what the canvas draws.
 */
export function describeDrawnBoxes(boxes: readonly FrameBox[]): string | undefined {
  const visible = boxes.filter((box) => !box.outside);
  if (visible.length > MAX_DESCRIBED_BOXES) return undefined;
  return JSON.stringify(
    visible.map(({ trackId, box }) => ({
      id: trackId,
      x: tenth(box.x),
      y: tenth(box.y),
      w: tenth(box.w),
      h: tenth(box.h),
    })),
  );
}
