import type { Graphics } from 'pixi.js';
import type { StrokePreview } from './CanvasScene.ts';
import { parseColour } from './parseColour.ts';

const PREVIEW_ALPHA = 0.5;
const ERASER_COLOUR = 0xffffff;

const CORNER_SCREEN_PX = 4;

/** The corners placed so far, joined (a polygon filled, with the closing edge back to the first). */
function drawPolygonPreview(
  graphics: Graphics,
  preview: StrokePreview,
  colour: number,
  screenScale: number,
): void {
  const { points } = preview;
  const [first, ...rest] = points;
  if (!first) return;
  if (preview.shape === 'polygon' && rest.length >= 2) {
    graphics
      .poly(points.flatMap((point) => [point.x, point.y]))
      .fill({ color: colour, alpha: 0.25 });
  }
  if (preview.shape !== 'points') {
    graphics.moveTo(first.x, first.y);
    for (const point of rest) graphics.lineTo(point.x, point.y);
    graphics.stroke({ width: 2 / screenScale, color: colour });
  }
  for (const point of points) graphics.circle(point.x, point.y, CORNER_SCREEN_PX / screenScale);
  graphics.fill({ color: 0xffffff }).stroke({ width: 1 / screenScale, color: colour });
}

/** Draws the stroke being painted as a round-capped band as wide as the brush (media pixels). */
export function drawStrokePreview(
  graphics: Graphics,
  preview: StrokePreview | null,
  screenScale: number,
): void {
  graphics.clear();
  if (!preview || preview.points.length === 0) return;
  const colour = preview.erase ? ERASER_COLOUR : parseColour(preview.colour);
  const [first, ...rest] = preview.points;
  if (!first) return;
  if (preview.shape !== 'stroke') {
    drawPolygonPreview(graphics, preview, colour, screenScale);
    return;
  }
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
