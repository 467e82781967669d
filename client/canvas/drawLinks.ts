import type { Graphics } from 'pixi.js';
import type { CanvasLink } from './CanvasScene.ts';
import { parseColour } from './parseColour.ts';

const LINE_SCREEN_PX = 1.5;
const DASH_SCREEN_PX = 6;
const HEAD_SCREEN_PX = 9;

/** Draws each link as a dashed line with an arrowhead at its `to` end (thicker when selected). */
export function drawLinks(
  graphics: Graphics,
  links: readonly CanvasLink[],
  screenScale: number,
): void {
  graphics.clear();
  for (const link of links) {
    const colour = parseColour(link.colour);
    const { from, to } = link;
    const length = Math.hypot(to.x - from.x, to.y - from.y);
    if (length === 0) continue;
    const [dx, dy] = [(to.x - from.x) / length, (to.y - from.y) / length];
    const dash = DASH_SCREEN_PX / screenScale;
    for (let at = 0; at < length; at += dash * 2) {
      const end = Math.min(length, at + dash);
      graphics
        .moveTo(from.x + dx * at, from.y + dy * at)
        .lineTo(from.x + dx * end, from.y + dy * end);
    }
    const head = HEAD_SCREEN_PX / screenScale;
    graphics
      .moveTo(to.x, to.y)
      .lineTo(to.x - dx * head - dy * head * 0.5, to.y - dy * head + dx * head * 0.5)
      .moveTo(to.x, to.y)
      .lineTo(to.x - dx * head + dy * head * 0.5, to.y - dy * head - dx * head * 0.5);
    const width = ((link.selected ? 2 : 1) * LINE_SCREEN_PX) / screenScale;
    graphics.stroke({ width, color: colour, alpha: 0.9 });
  }
}
