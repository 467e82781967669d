import type { Text } from 'pixi.js';
import { Container, Graphics } from 'pixi.js';
import type { Box } from '../../shared/schema/box.ts';
import { BOX_HANDLES, handlePosition } from '../tools/BoxHandle.ts';
import type { CanvasBox } from './CanvasScene.ts';
import { CAPTION_SCREEN_PX, createCaption } from './createCaption.ts';
import { parseColour } from './parseColour.ts';
import { strokeDashedRect } from './strokeDashedRect.ts';

const LINE_SCREEN_PX = 2;
const HANDLE_SCREEN_PX = 8;
const DASH_SCREEN_PX = 6;
const HELD_GAP_SCREEN_PX = 3;

/** The pixi objects that draw one box, and what they were last drawn from. */
export interface BoxNode {
  container: Container;
  graphics: Graphics;
  caption: Text;
  drawnFrom: { box: CanvasBox; screenScale: number; showHandles: boolean } | null;
}

function sameCanvasBox(left: CanvasBox, right: CanvasBox): boolean {
  return (
    left.outside === right.outside &&
    left.isKeyframe === right.isKeyframe &&
    left.selected === right.selected &&
    left.colour === right.colour &&
    left.caption === right.caption &&
    left.heldBy.map((peer) => peer.colour + peer.name).join() ===
      right.heldBy.map((peer) => peer.colour + peer.name).join() &&
    left.box.x === right.box.x &&
    left.box.y === right.box.y &&
    left.box.w === right.box.w &&
    left.box.h === right.box.h
  );
}

/** Creates an empty box node; draw it with drawBoxNode. */
export function createBoxNode(): BoxNode {
  const container = new Container();
  const graphics = new Graphics();
  const caption = createCaption();
  container.addChild(graphics, caption);
  return { container, graphics, caption, drawnFrom: null };
}

function drawHandles(graphics: Graphics, box: Box, colour: number, screenScale: number): void {
  const size = HANDLE_SCREEN_PX / screenScale;
  for (const handle of BOX_HANDLES) {
    const { x, y } = handlePosition(box, handle);
    graphics.rect(x - size / 2, y - size / 2, size, size);
  }
  graphics.fill({ color: 0xffffff }).stroke({ width: 1 / screenScale, color: colour });
}

/** Redraws a box node when what it shows (or the zoom) changed since last time. */
export function drawBoxNode(
  node: BoxNode,
  canvasBox: CanvasBox,
  screenScale: number,
  showHandles: boolean,
): void {
  const last = node.drawnFrom;
  if (
    last &&
    sameCanvasBox(last.box, canvasBox) &&
    last.screenScale === screenScale &&
    last.showHandles === showHandles
  ) {
    return;
  }
  node.drawnFrom = { box: canvasBox, screenScale, showHandles };
  const { box, selected, outside } = canvasBox;
  const colour = parseColour(canvasBox.colour);
  const lineWidth = (selected ? LINE_SCREEN_PX * 1.5 : LINE_SCREEN_PX) / screenScale;
  const graphics = node.graphics.clear();
  if (outside) {
    strokeDashedRect(graphics, box, DASH_SCREEN_PX / screenScale);
    graphics.stroke({ width: lineWidth, color: colour });
  } else {
    graphics
      .rect(box.x, box.y, box.w, box.h)
      .fill({ color: colour, alpha: selected ? 0.25 : 0.12 });
    graphics.stroke({ width: lineWidth, color: colour });
  }
  const holder = canvasBox.heldBy[0];
  if (holder) {
    const gap = HELD_GAP_SCREEN_PX / screenScale;
    graphics.rect(box.x - gap, box.y - gap, box.w + 2 * gap, box.h + 2 * gap);
    graphics.stroke({ width: LINE_SCREEN_PX / screenScale, color: parseColour(holder.colour) });
  }
  if (selected && showHandles) drawHandles(graphics, box, colour, screenScale);
  const holders = canvasBox.heldBy.map((peer) => peer.name).join(', ');
  node.caption.text =
    canvasBox.caption + (canvasBox.isKeyframe ? ' ◆' : '') + (holders ? ` · ${holders}` : '');
  node.caption.scale.set(0.5 / screenScale);
  node.caption.position.set(box.x, Math.max(0, box.y - (CAPTION_SCREEN_PX + 4) / screenScale));
  node.caption.alpha = outside ? 0.6 : 1;
}
