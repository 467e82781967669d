import type { Graphics } from 'pixi.js';
import type { Box } from '../../shared/schema/box.ts';

function dashedLine(
  graphics: Graphics,
  from: { x: number; y: number },
  to: { x: number; y: number },
  dashLength: number,
): void {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  const steps = Math.max(1, Math.floor(length / dashLength));
  for (let step = 0; step < steps; step += 2) {
    const start = step / steps;
    const end = Math.min(1, (step + 1) / steps);
    graphics.moveTo(from.x + (to.x - from.x) * start, from.y + (to.y - from.y) * start);
    graphics.lineTo(from.x + (to.x - from.x) * end, from.y + (to.y - from.y) * end);
  }
}

/** Adds a dashed rectangle outline to the current path (pixi has no dash style of its own). */
export function strokeDashedRect(graphics: Graphics, box: Box, dashLength: number): void {
  const corners = [
    { x: box.x, y: box.y },
    { x: box.x + box.w, y: box.y },
    { x: box.x + box.w, y: box.y + box.h },
    { x: box.x, y: box.y + box.h },
  ];
  corners.forEach((corner, index) => {
    dashedLine(graphics, corner, corners[(index + 1) % corners.length]!, dashLength);
  });
}
