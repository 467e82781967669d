import { Application, Container, Graphics } from 'pixi.js';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import type { MediaSize } from '../tools/MediaSize.ts';
import type { BoxNode } from './BoxNode.ts';
import { createBoxNode, drawBoxNode } from './BoxNode.ts';
import type { CanvasPointerEvent } from './CanvasPointerEvent.ts';
import type { CanvasBox, CanvasScene } from './CanvasScene.ts';
import { EMPTY_CANVAS_SCENE } from './CanvasScene.ts';
import type { CursorNode } from './CursorNode.ts';
import { createCursorNode, drawCursorNode } from './CursorNode.ts';
import { listenToPointer } from './listenToPointer.ts';
import { createBoxBatch, drawBoxBatch } from './BoxBatch.ts';
import type { MaskNode } from './MaskNode.ts';
import { createMaskNode, drawMaskNode } from './MaskNode.ts';
import { drawLinks } from './drawLinks.ts';
import { drawStrokePreview } from './drawStrokePreview.ts';
import type { ShapeNode } from './ShapeNode.ts';
import { createShapeNode, drawShapeNode } from './ShapeNode.ts';
import { reconcileNodes } from './reconcileNodes.ts';
import type { StageViewport } from '../viewport/StageViewport.ts';
import { FIT_VIEWPORT } from '../viewport/StageViewport.ts';

/** The media canvas: an overlay drawn with pixi, driven by scenes, reporting pointer input. */
export interface CanvasView {
  setScene(scene: CanvasScene): void;
  /** The size the video is shown at, in CSS pixels; the overlay matches it. */
  setDisplaySize(widthPx: number, heightPx: number): void;
  /** The zoom and pan the media is shown with; the overlay draws and reads the pointer through it. */
  setViewport(viewport: StageViewport): void;
  /** How many media pixels one CSS pixel of the overlay spans at the current size and zoom. */
  mediaPixelsPerScreenPixel(): number;
  /** Draws the pending scene now instead of on the next animation frame (benchmarks, screenshots). */
  renderNow(): void;
  onPointer(listener: (event: CanvasPointerEvent) => void): () => void;
  destroy(): void;
}

const DRAFT_ID = '\u0000draft';

/** Past this many boxes, plain ones are drawn as one batch of outlines without captions. */
const BATCH_ABOVE_BOXES = 300;

function splitForBatch(boxes: readonly CanvasBox[]): { batched: CanvasBox[]; single: CanvasBox[] } {
  if (boxes.length <= BATCH_ABOVE_BOXES) return { batched: [], single: [...boxes] };
  const batched: CanvasBox[] = [];
  const single: CanvasBox[] = [];
  for (const box of boxes) {
    const plain =
      !box.selected && !box.outside && box.heldBy.length === 0 && box.trackId !== DRAFT_ID;
    (plain ? batched : single).push(box);
  }
  return { batched, single };
}

function boxesWithPreview(scene: CanvasScene): CanvasBox[] {
  const { preview } = scene;
  const boxes = scene.boxes.map((canvasBox) =>
    preview && canvasBox.trackId === preview.trackId
      ? { ...canvasBox, box: preview.box }
      : canvasBox,
  );
  if (preview && preview.trackId === null) {
    boxes.push({
      trackId: DRAFT_ID,
      box: preview.box,
      outside: false,
      isKeyframe: false,
      selected: false,
      colour: '#ffffff',
      caption: '',
      heldBy: [],
    });
  }
  return boxes;
}

/** Creates the pixi overlay inside `host`; fails with a readable message when the browser cannot draw. */
export async function createCanvasView(
  host: HTMLElement,
  media: MediaSize,
): Promise<Result<CanvasView>> {
  const app = new Application();
  try {
    await app.init({
      backgroundAlpha: 0,
      width: media.width,
      height: media.height,
      antialias: true,
      autoStart: false,
      resolution: globalThis.devicePixelRatio || 1,
      preference: ['webgl', 'canvas'],
    });
  } catch (error) {
    return fail(`the annotation overlay cannot be drawn in this browser (${String(error)})`);
  }
  app.canvas.style.width = '100%';
  app.canvas.style.height = '100%';
  app.canvas.style.display = 'block';
  host.appendChild(app.canvas);
  const maskLayer = new Container();
  const shapeLayer = new Container();
  const strokeGraphics = new Graphics();
  const boxBatch = createBoxBatch();
  const boxLayer = new Container();
  const linkGraphics = new Graphics();
  const cursorLayer = new Container();
  app.stage.addChild(
    maskLayer,
    shapeLayer,
    strokeGraphics,
    boxBatch.container,
    boxLayer,
    linkGraphics,
    cursorLayer,
  );
  const maskNodes = new Map<string, MaskNode>();
  const shapeNodes = new Map<string, ShapeNode>();
  const boxNodes = new Map<string, BoxNode>();
  const cursorNodes = new Map<string, CursorNode>();
  let scene = EMPTY_CANVAS_SCENE;
  let drawnBatch: { boxes: readonly CanvasBox[]; screenScale: number } = {
    boxes: [],
    screenScale: 0,
  };
  let screenScale = 1;
  let frameRequest: number | null = null;

  const render = () => {
    frameRequest = null;
    reconcileNodes(
      maskLayer,
      maskNodes,
      scene.masks,
      (mask) => mask.maskId,
      createMaskNode,
      drawMaskNode,
    );
    reconcileNodes(
      shapeLayer,
      shapeNodes,
      scene.shapes,
      (shape) => shape.shapeId,
      createShapeNode,
      (node, shape) => drawShapeNode(node, shape, screenScale, scene.showHandles),
    );
    drawStrokePreview(strokeGraphics, scene.strokePreview, screenScale);
    const { batched, single } = splitForBatch(boxesWithPreview(scene));
    // The same boxes at the same zoom leave the batch as it is (a drag moves a single box).
    const batchChanged =
      screenScale !== drawnBatch.screenScale ||
      batched.length !== drawnBatch.boxes.length ||
      batched.some((box, index) => box !== drawnBatch.boxes[index]);
    if (batchChanged) drawBoxBatch(boxBatch, batched, screenScale);
    drawnBatch = { boxes: batched, screenScale };
    reconcileNodes(
      boxLayer,
      boxNodes,
      single,
      (box) => box.trackId,
      createBoxNode,
      (node, box) => drawBoxNode(node, box, screenScale, scene.showHandles),
    );
    drawLinks(linkGraphics, scene.links, screenScale);
    reconcileNodes(
      cursorLayer,
      cursorNodes,
      scene.cursors,
      (cursor) => String(cursor.clientId),
      createCursorNode,
      (node, cursor) => drawCursorNode(node, cursor, screenScale),
    );
    app.render();
  };
  const requestRender = () => {
    frameRequest ??= requestAnimationFrame(render);
  };
  let viewport = FIT_VIEWPORT;
  let fittedScale = 1;
  // Media pixel (x, y) lands on overlay pixel ((x − originX) × scale, (y − originY) × scale).
  const placeStage = () => {
    screenScale = fittedScale * viewport.zoom;
    app.stage.scale.set(screenScale);
    app.stage.position.set(-viewport.originX * screenScale, -viewport.originY * screenScale);
    requestRender();
  };
  const pointer = listenToPointer(host, media, () => viewport);

  return ok({
    setScene(next) {
      scene = next;
      requestRender();
    },
    setDisplaySize(widthPx, heightPx) {
      if (widthPx <= 0 || heightPx <= 0) return;
      fittedScale = widthPx / media.width;
      app.renderer.resize(widthPx, heightPx);
      placeStage();
    },
    setViewport(next) {
      viewport = next;
      placeStage();
    },
    mediaPixelsPerScreenPixel: () => 1 / screenScale,
    renderNow() {
      if (frameRequest !== null) cancelAnimationFrame(frameRequest);
      render();
    },
    onPointer: pointer.subscribe,
    destroy() {
      if (frameRequest !== null) cancelAnimationFrame(frameRequest);
      pointer.stop();
      app.destroy(true, { children: true });
    },
  });
}
