import type { Text } from 'pixi.js';
import { Container, Graphics } from 'pixi.js';
import type { CanvasShape } from './CanvasScene.ts';
import { CAPTION_SCREEN_PX, createCaption } from './createCaption.ts';
import { parseColour } from './parseColour.ts';

const LINE_SCREEN_PX = 2;
const POINT_SCREEN_PX = 4;
const HANDLE_SCREEN_PX = 5;

/** The pixi objects that draw one shape, and what they were last drawn from. */
export interface ShapeNode {
  container: Container;
  graphics: Graphics;
  caption: Text;
  drawnFrom: { shape: CanvasShape; screenScale: number; showHandles: boolean } | null;
}

/** Creates an empty shape node; draw it with drawShapeNode. */
export function createShapeNode(): ShapeNode {
  const container = new Container();
  const graphics = new Graphics();
  const caption = createCaption();
  container.addChild(graphics, caption);
  return { container, graphics, caption, drawnFrom: null };
}

function pointAt(points: readonly number[], index: number): { x: number; y: number } {
  return { x: points[index * 2] as number, y: points[index * 2 + 1] as number };
}

function drawOutline(graphics: Graphics, shape: CanvasShape, colour: number, width: number): void {
  const { points } = shape;
  const count = points.length / 2;
  if (shape.geometry === 'polygon' && count >= 3) {
    graphics.poly([...points]).fill({ color: colour, alpha: shape.selected ? 0.25 : 0.12 });
    graphics.poly([...points]).stroke({ width, color: colour });
  } else if (shape.geometry === 'polyline' && count >= 2) {
    const first = pointAt(points, 0);
    graphics.moveTo(first.x, first.y);
    for (let index = 1; index < count; index += 1) {
      const next = pointAt(points, index);
      graphics.lineTo(next.x, next.y);
    }
    graphics.stroke({ width, color: colour });
  } else if (shape.geometry === 'skeleton') {
    for (const [from, to] of shape.edges) {
      if (from >= count || to >= count) continue;
      if (shape.visible && (!shape.visible[from] || !shape.visible[to])) continue;
      const start = pointAt(points, from);
      const end = pointAt(points, to);
      graphics.moveTo(start.x, start.y).lineTo(end.x, end.y);
    }
    graphics.stroke({ width, color: colour });
  }
}

function drawPoints(graphics: Graphics, shape: CanvasShape, colour: number, radius: number): void {
  const count = shape.points.length / 2;
  for (let index = 0; index < count; index += 1) {
    const { x, y } = pointAt(shape.points, index);
    graphics.circle(x, y, radius);
    if (shape.visible && !shape.visible[index]) {
      graphics.stroke({ width: radius / 2, color: colour });
    } else {
      graphics.fill({ color: colour }).stroke({ width: radius / 3, color: 0xffffff });
    }
  }
}

/** Redraws a shape node when what it shows (or the zoom) changed since last time. */
export function drawShapeNode(
  node: ShapeNode,
  shape: CanvasShape,
  screenScale: number,
  showHandles: boolean,
): void {
  const last = node.drawnFrom;
  if (
    last &&
    last.screenScale === screenScale &&
    last.showHandles === showHandles &&
    JSON.stringify(last.shape) === JSON.stringify(shape)
  ) {
    return;
  }
  node.drawnFrom = { shape, screenScale, showHandles };
  const colour = parseColour(shape.colour);
  const width = (shape.selected ? LINE_SCREEN_PX * 1.5 : LINE_SCREEN_PX) / screenScale;
  const graphics = node.graphics.clear();
  drawOutline(graphics, shape, colour, width);
  const pointsShown = shape.geometry === 'points' || shape.geometry === 'skeleton';
  const handles = shape.selected && showHandles;
  if (pointsShown || handles) {
    const radius = (handles ? HANDLE_SCREEN_PX : POINT_SCREEN_PX) / screenScale;
    drawPoints(graphics, shape, colour, radius);
  }
  const anchor = pointAt(shape.points, 0);
  node.caption.text = shape.caption + (shape.isKeyframe ? ' ◆' : '');
  node.caption.scale.set(0.5 / screenScale);
  node.caption.position.set(
    anchor.x,
    Math.max(0, anchor.y - (CAPTION_SCREEN_PX + 4) / screenScale),
  );
}
