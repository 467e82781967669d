import { Container, Sprite, Texture } from 'pixi.js';
import type { CanvasMask } from './CanvasScene.ts';
import { maskBounds } from '../../shared/mask/maskBounds.ts';
import { parseColour } from './parseColour.ts';

/** How opaque painted pixels are drawn, so the video stays visible beneath. */
const MASK_ALPHA = 0.45;

/** The pixi objects that draw one mask: a sprite over a canvas holding its pixels in colour. */
export interface MaskNode {
  container: Container;
  canvas: HTMLCanvasElement;
  sprite: Sprite | null;
  drawnVersion: string | null;
}

/** Creates an empty mask node; draw it with drawMaskNode. */
export function createMaskNode(): MaskNode {
  return {
    container: new Container(),
    canvas: document.createElement('canvas'),
    sprite: null,
    drawnVersion: null,
  };
}

/**
 * Redraws the mask's pixels when its version changed, cropped to the set pixels' bounds so the
 * GPU fills only that area; one texture upload per change.
 */
export function drawMaskNode(node: MaskNode, mask: CanvasMask): void {
  const version = `${mask.version}|${mask.colour}`;
  if (node.drawnVersion === version) return;
  node.drawnVersion = version;
  const bounds = maskBounds(mask);
  node.container.visible = bounds !== null;
  if (!bounds) return;
  const [left, top, width, height] = bounds;
  if (node.canvas.width !== width || node.canvas.height !== height) {
    node.canvas.width = width;
    node.canvas.height = height;
    node.sprite?.destroy({ texture: true });
    node.sprite = null;
  }
  const context = node.canvas.getContext('2d');
  if (!context) return;
  const image = context.createImageData(width, height);
  const colour = parseColour(mask.colour);
  const [red, green, blue] = [(colour >> 16) & 0xff, (colour >> 8) & 0xff, colour & 0xff];
  const alpha = Math.round(MASK_ALPHA * 255);
  const rgba = new Uint32Array(image.data.buffer);
  // ImageData is RGBA in memory; little-endian words read it as ABGR.
  const painted = ((alpha << 24) | (blue << 16) | (green << 8) | red) >>> 0;
  for (let y = 0; y < height; y += 1) {
    const from = (top + y) * mask.width + left;
    for (let x = 0; x < width; x += 1) {
      if (mask.pixels[from + x]) rgba[y * width + x] = painted;
    }
  }
  context.putImageData(image, 0, 0);
  if (!node.sprite) {
    node.sprite = new Sprite(Texture.from(node.canvas));
    // Mask pixels are exact: zoomed in, each shows as a sharp square over its media pixel.
    node.sprite.texture.source.scaleMode = 'nearest';
    node.container.addChild(node.sprite);
  } else {
    node.sprite.texture.source.update();
  }
  node.sprite.position.set(left, top);
}
