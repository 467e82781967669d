import type { Graphics } from 'pixi.js';
import type { StrokePreview } from './CanvasScene.ts';
import { parseColour } from './parseColour.ts';

const PREVIEW_ALPHA = 0.5;
const ERASER_COLOUR = 0xffffff;

/** Draws the stroke being painted as a round-capped band as wide as the brush (media pixels). */
export function drawStrokePreview(graphics: Graphics, preview: StrokePreview | null): void {
  graphics.clear();
  if (!preview || preview.points.length === 0) return;
  const colour = preview.erase ? ERASER_COLOUR : parseColour(preview.colour);
  const [first, ...rest] = preview.points;
  if (!first) return;
  if (rest.length === 0) {
    graphics
      .circle(first.x, first.y, preview.radiusPx)
      .fill({ color: colour, alpha: PREVIEW_ALPHA });
    return;
  }
  graphics.moveTo(first.x, first.y);
  for (const point of rest) graphics.lineTo(point.x, point.y);
  graphics.stroke({
    width: preview.radiusPx * 2,
    color: colour,
    alpha: PREVIEW_ALPHA,
    cap: 'round',
    join: 'round',
  });
}
