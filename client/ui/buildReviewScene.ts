import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { Skeleton } from '../../shared/schema/skeleton.ts';
import type { CanvasBox, CanvasMask, CanvasScene, CanvasShape } from '../canvas/CanvasScene.ts';
import { EMPTY_CANVAS_SCENE } from '../canvas/CanvasScene.ts';
import { boxesAtFrame } from '../tools/boxesAtFrame.ts';
import { shapesAtFrame } from './shapesAtFrame.ts';

/** One layer as the review stage draws it: in its own colour, captioned with whose it is. */
export interface SceneLayer {
  layer: string;
  who: string;
  colour: string;
  snapshot: LayerSnapshot;
}

/** A box the review stage draws, as the page publishes it for tests and assistive tooling. */
export interface DrawnReviewBox {
  layer: string;
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  highlighted: boolean;
}

const tenth = (value: number) => Math.round(value * 10) / 10;

/** The canvas id of an object of a layer: the same object may be in several layers (final holds copies). */
export function sceneObjectId(layer: string, objectId: string): string {
  return `${layer}/${objectId}`;
}

/**
 * What the review stage draws at a frame: the boxes and shapes of every layer shown, each layer in
 * its colour and captioned "label · who"; the highlighted objects (a disagreement's) drawn selected;
 * masks beneath them.
 */
export function buildReviewScene(input: {
  layers: readonly SceneLayer[];
  frame: number;
  labels: readonly Label[];
  skeletons: readonly Skeleton[];
  highlighted: ReadonlySet<string>;
  /** The shown layers' masks at the frame, already decoded and coloured. */
  masks?: readonly CanvasMask[];
}): { scene: CanvasScene; drawn: DrawnReviewBox[] } {
  const labelName = (labelId: string | null) =>
    input.labels.find((label) => label.id === labelId)?.name ?? 'no label';
  const boxes: CanvasBox[] = [];
  const shapes: CanvasShape[] = [];
  const drawn: DrawnReviewBox[] = [];
  for (const { layer, who, colour, snapshot } of input.layers) {
    for (const box of boxesAtFrame(snapshot.tracks, input.frame)) {
      const highlighted = input.highlighted.has(box.trackId);
      if (box.outside && !highlighted) continue;
      boxes.push({
        trackId: sceneObjectId(layer, box.trackId),
        box: box.box,
        outside: box.outside,
        isKeyframe: box.isKeyframe,
        selected: highlighted,
        colour,
        caption: `${labelName(box.labelId)} · ${who}`,
        heldBy: [],
      });
      const { x, y, w, h } = box.box;
      drawn.push({
        layer,
        id: box.trackId,
        x: tenth(x),
        y: tenth(y),
        w: tenth(w),
        h: tenth(h),
        highlighted,
      });
    }
    const layerShapes = shapesAtFrame({
      shapes: snapshot.shapes,
      frame: input.frame,
      labels: input.labels,
      skeletons: input.skeletons,
      selection: [...input.highlighted],
    });
    for (const shape of layerShapes) {
      shapes.push({
        ...shape,
        shapeId: sceneObjectId(layer, shape.shapeId),
        colour,
        caption: `${shape.caption} · ${who}`,
      });
    }
  }
  const masks = input.masks ?? [];
  return { scene: { ...EMPTY_CANVAS_SCENE, boxes, shapes, masks }, drawn };
}
