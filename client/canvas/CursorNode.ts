import { Container, Graphics, Text } from 'pixi.js';
import type { CanvasCursor } from './CanvasScene.ts';
import { parseColour } from './parseColour.ts';

const ARROW_SCREEN_PX = 14;
const NAME_SCREEN_PX = 12;

/** The pixi objects that draw another user's pointer with their name. */
export interface CursorNode {
  container: Container;
  arrow: Graphics;
  name: Text;
  drawnFrom: { colour: string; name: string; screenScale: number } | null;
}

/** Creates an empty cursor node; place it with drawCursorNode. */
export function createCursorNode(): CursorNode {
  const container = new Container();
  const arrow = new Graphics();
  const name = new Text({
    text: '',
    style: { fontFamily: 'system-ui, sans-serif', fontSize: NAME_SCREEN_PX * 2, fill: 0xffffff },
  });
  container.addChild(arrow, name);
  return { container, arrow, name, drawnFrom: null };
}

/** Moves a cursor node, redrawing its arrow and name only when they or the zoom changed. */
export function drawCursorNode(node: CursorNode, cursor: CanvasCursor, screenScale: number): void {
  node.container.position.set(cursor.x, cursor.y);
  const last = node.drawnFrom;
  if (
    last &&
    last.colour === cursor.colour &&
    last.name === cursor.name &&
    last.screenScale === screenScale
  ) {
    return;
  }
  node.drawnFrom = { colour: cursor.colour, name: cursor.name, screenScale };
  const size = ARROW_SCREEN_PX / screenScale;
  const colour = parseColour(cursor.colour);
  node.arrow
    .clear()
    .moveTo(0, 0)
    .lineTo(size * 0.3, size)
    .lineTo(size * 0.5, size * 0.6)
    .lineTo(size, size * 0.5)
    .closePath()
    .fill({ color: colour })
    .stroke({ width: 1 / screenScale, color: 0xffffff });
  node.name.text = cursor.name;
  node.name.style.stroke = { color: colour, width: 6 };
  node.name.scale.set(0.5 / screenScale);
  node.name.position.set(size * 0.8, size * 0.8);
}
