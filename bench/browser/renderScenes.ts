// Runs in Chromium for bench/renderFrameTime.ts: the same boxes and masks drawn by Concord's canvas
// (createCanvasView) and by a naive pixi scene (one Graphics per box, full-frame mask sprites, no
// culling), timing each frame from the scene change to the pixels being read back.
import { Application, Container, Graphics, Sprite, Texture } from 'pixi.js';
import type { CanvasBox, CanvasMask, CanvasScene } from '../../client/canvas/CanvasScene.ts';
import { EMPTY_CANVAS_SCENE } from '../../client/canvas/CanvasScene.ts';
import { createCanvasView } from '../../client/canvas/createCanvasView.ts';
import { createMaskBitmap } from '../../shared/mask/MaskBitmap.ts';
import { rasterizePolygon } from '../../shared/mask/rasterizePolygon.ts';

/** What one run draws and how: the sizes, the counts and which movement. */
export interface RenderRun {
  renderer: 'concord' | 'naive';
  scenario: 'static' | 'scrubbing' | 'dragging';
  boxCount: number;
  maskCount: number;
  frames: number;
}

const MEDIA = { width: 1920, height: 1080 };
const DISPLAY = { width: 960, height: 540 };
const COLOURS = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#46f0f0', '#f032e6'];

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function boxesAt(frame: number, count: number): CanvasBox[] {
  const random = seeded(7);
  return Array.from({ length: count }, (_, index) => {
    const [x, y] = [random() * 1860, random() * 1030];
    const [w, h] = [12 + random() * 48, 12 + random() * 48];
    const drift = (frame * (1 + (index % 5))) % 40;
    return {
      trackId: `t${index}`,
      box: { x: x + drift, y, w, h },
      outside: false,
      isKeyframe: false,
      selected: false,
      colour: COLOURS[index % COLOURS.length] as string,
      caption: `object ${index}`,
      heldBy: [],
    };
  });
}

function masksOf(count: number): CanvasMask[] {
  const random = seeded(11);
  return Array.from({ length: count }, (_, index) => {
    const made = createMaskBitmap(MEDIA.width, MEDIA.height);
    if (!made.ok) throw new Error(made.error);
    const [cx, cy, radius] = [random() * 7000 + 400, random() * 3600 + 300, 300 + random() * 400];
    const points: number[] = [];
    for (let corner = 0; corner < 16; corner += 1) {
      const angle = (corner / 16) * 2 * Math.PI;
      points.push(
        Math.round(cx + radius * Math.cos(angle)),
        Math.round(cy + radius * Math.sin(angle)),
      );
    }
    rasterizePolygon(made.value, points, 1);
    return {
      maskId: `m${index}`,
      ...MEDIA,
      pixels: made.value.pixels,
      colour: COLOURS[index % COLOURS.length] as string,
      version: 'v1',
    };
  });
}

function readBack(canvas: HTMLCanvasElement): void {
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
}

function hostElement(): HTMLElement {
  document.body.innerHTML = '';
  const host = document.createElement('div');
  Object.assign(host.style, { width: `${DISPLAY.width}px`, height: `${DISPLAY.height}px` });
  document.body.appendChild(host);
  return host;
}

/** The box being dragged: selected, as the box tool selects what it drags. */
function dragged(canvasBox: CanvasBox, frame: number): CanvasBox {
  return { ...canvasBox, selected: true, box: { ...canvasBox.box, x: 100 + frame * 3 } };
}

function sceneOf(
  run: RenderRun,
  frame: number,
  masks: CanvasMask[],
  fixed: CanvasBox[],
): CanvasScene {
  const boxes =
    run.scenario === 'scrubbing'
      ? boxesAt(frame, run.boxCount)
      : run.scenario === 'dragging'
        ? [dragged(fixed[0] as CanvasBox, frame), ...fixed.slice(1)]
        : fixed;
  return { ...EMPTY_CANVAS_SCENE, boxes, masks };
}

async function runConcord(run: RenderRun): Promise<number[]> {
  const host = hostElement();
  const created = await createCanvasView(host, MEDIA);
  if (!created.ok) throw new Error(created.error);
  const view = created.value;
  view.setDisplaySize(DISPLAY.width, DISPLAY.height);
  const masks = masksOf(run.maskCount);
  const fixed = boxesAt(0, run.boxCount);
  const canvas = host.querySelector('canvas') as HTMLCanvasElement;
  const staticScene = sceneOf(run, 0, masks, fixed);
  const times: number[] = [];
  for (let frame = 0; frame < run.frames; frame += 1) {
    const started = performance.now();
    view.setScene(run.scenario === 'static' ? staticScene : sceneOf(run, frame, masks, fixed));
    view.renderNow();
    readBack(canvas);
    times.push(performance.now() - started);
  }
  view.destroy();
  return times;
}

function naiveMaskSprite(mask: CanvasMask): Sprite {
  const canvas = document.createElement('canvas');
  canvas.width = mask.width;
  canvas.height = mask.height;
  const context = canvas.getContext('2d') as CanvasRenderingContext2D;
  const image = context.createImageData(mask.width, mask.height);
  mask.pixels.forEach((pixel, index) => {
    if (!pixel) return;
    image.data.set([255, 0, 0, 115], index * 4);
  });
  context.putImageData(image, 0, 0);
  return new Sprite(Texture.from(canvas));
}

async function runNaive(run: RenderRun): Promise<number[]> {
  const host = hostElement();
  const app = new Application();
  await app.init({ ...DISPLAY, backgroundAlpha: 0, antialias: true, autoStart: false });
  host.appendChild(app.canvas);
  app.stage.scale.set(DISPLAY.width / MEDIA.width);
  const masks = masksOf(run.maskCount);
  const maskLayer = new Container();
  masks.forEach((mask) => maskLayer.addChild(naiveMaskSprite(mask)));
  const boxLayer = new Container();
  app.stage.addChild(maskLayer, boxLayer);
  const fixed = boxesAt(0, run.boxCount);
  const graphics = fixed.map(() => boxLayer.addChild(new Graphics()));
  const draw = (target: Graphics, canvasBox: CanvasBox) => {
    const { x, y, w, h } = canvasBox.box;
    target.clear().rect(x, y, w, h).fill({ color: canvasBox.colour, alpha: 0.12 });
    target.stroke({ width: 4, color: canvasBox.colour });
  };
  fixed.forEach((canvasBox, index) => draw(graphics[index] as Graphics, canvasBox));
  const times: number[] = [];
  let previous = fixed;
  for (let frame = 0; frame < run.frames; frame += 1) {
    const started = performance.now();
    const boxes = run.scenario === 'static' ? fixed : sceneOf(run, frame, masks, fixed).boxes;
    boxes.forEach((canvasBox, index) => {
      if (canvasBox.box !== previous[index]?.box) draw(graphics[index] as Graphics, canvasBox);
    });
    previous = [...boxes];
    app.render();
    readBack(app.canvas);
    times.push(performance.now() - started);
  }
  app.destroy(true, { children: true });
  return times;
}

/** Draws `run.frames` frames and returns each frame's time in milliseconds. */
export function measureRender(run: RenderRun): Promise<number[]> {
  return run.renderer === 'concord' ? runConcord(run) : runNaive(run);
}
