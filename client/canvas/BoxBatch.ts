import { Particle, ParticleContainer, Texture } from 'pixi.js';
import type { CanvasBox } from './CanvasScene.ts';
import { parseColour } from './parseColour.ts';

const LINE_SCREEN_PX = 2;
const EDGES_PER_BOX = 4;

/**
 * Draws many boxes as outlines in one draw call: each edge is a tinted, stretched white particle.
 * Used past a few hundred boxes, where a Graphics and a caption per box would cost most of a frame;
 * selected and held boxes, previews and captions still go through BoxNode.
 */
export interface BoxBatch {
  container: ParticleContainer;
  pool: Particle[];
}

/** Creates an empty batch. */
export function createBoxBatch(): BoxBatch {
  const container = new ParticleContainer({
    dynamicProperties: { position: true, vertex: true, color: true, rotation: false, uvs: false },
  });
  return { container, pool: [] };
}

function placeEdge(
  particle: Particle,
  [x, y, width, height]: readonly [number, number, number, number],
  texture: Texture,
): void {
  particle.x = x;
  particle.y = y;
  particle.scaleX = width / texture.frame.width;
  particle.scaleY = height / texture.frame.height;
}

/** Makes the batch show exactly these boxes' outlines at this zoom. */
export function drawBoxBatch(
  batch: BoxBatch,
  boxes: readonly CanvasBox[],
  screenScale: number,
): void {
  const texture = Texture.WHITE;
  const needed = boxes.length * EDGES_PER_BOX;
  while (batch.pool.length < needed) batch.pool.push(new Particle({ texture }));
  const line = LINE_SCREEN_PX / screenScale;
  boxes.forEach((canvasBox, index) => {
    const { x, y, w, h } = canvasBox.box;
    const tint = parseColour(canvasBox.colour);
    const edges: (readonly [number, number, number, number])[] = [
      [x, y, w, line],
      [x, y + h - line, w, line],
      [x, y, line, h],
      [x + w - line, y, line, h],
    ];
    edges.forEach((edge, side) => {
      const particle = batch.pool[index * EDGES_PER_BOX + side] as Particle;
      placeEdge(particle, edge, texture);
      particle.tint = tint;
    });
  });
  batch.container.particleChildren = batch.pool.slice(0, needed);
  batch.container.update();
}
