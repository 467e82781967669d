import type { Box } from '../../shared/schema/box.ts';
import { boxFromCorners } from './boxFromCorners.ts';
import type { BoxToolEffect } from './BoxToolEffect.ts';
import type { BoxToolEvent } from './BoxToolEvent.ts';
import type { BoxToolScene } from './BoxToolScene.ts';
import type { BoxToolState } from './BoxToolState.ts';
import { IDLE_BOX_TOOL } from './BoxToolState.ts';
import { hitTestBoxes } from './hitTestBoxes.ts';
import { moveBox } from './moveBox.ts';
import type { Point } from './Point.ts';
import { resizeBox } from './resizeBox.ts';

/** Screen distances, converted to media pixels with the scene's scale. */
export const HANDLE_RADIUS_SCREEN_PX = 7;
export const DRAG_THRESHOLD_SCREEN_PX = 3;
export const MIN_BOX_SCREEN_PX = 4;

/** The tool's next state and what it asks the editor to do. */
export interface BoxToolStep {
  state: BoxToolState;
  effects: BoxToolEffect[];
}

function stay(state: BoxToolState, effects: BoxToolEffect[] = []): BoxToolStep {
  return { state, effects };
}

function sameBox(left: Box, right: Box): boolean {
  return left.x === right.x && left.y === right.y && left.w === right.w && left.h === right.h;
}

function pointerDown(point: Point, additive: boolean, scene: BoxToolScene): BoxToolStep {
  const radius = HANDLE_RADIUS_SCREEN_PX * scene.mediaPixelsPerScreenPixel;
  const hit = hitTestBoxes(scene.boxes, scene.selection, point, radius, scene.canWrite);
  const startBox = hit && scene.boxes.find((candidate) => candidate.trackId === hit.trackId)?.box;
  if (hit && startBox && hit.kind === 'handle') {
    return stay({
      mode: 'resizing',
      trackId: hit.trackId,
      handle: hit.handle,
      origin: point,
      startBox,
      box: startBox,
    });
  }
  if (hit && startBox) {
    const selected = scene.selection.includes(hit.trackId);
    if (additive) {
      const trackIds = selected
        ? scene.selection.filter((id) => id !== hit.trackId)
        : [...scene.selection, hit.trackId];
      return stay(IDLE_BOX_TOOL, [{ type: 'select', trackIds }]);
    }
    const effects: BoxToolEffect[] = selected ? [] : [{ type: 'select', trackIds: [hit.trackId] }];
    if (!scene.canWrite) return stay(IDLE_BOX_TOOL, effects);
    const narrowOnClick = selected && scene.selection.length > 1;
    const { trackId } = hit;
    return stay({ mode: 'pressing', trackId, origin: point, startBox, narrowOnClick }, effects);
  }
  if (!scene.canWrite || additive) return stay(IDLE_BOX_TOOL);
  return stay({ mode: 'drawing', origin: point, box: { x: point.x, y: point.y, w: 0, h: 0 } });
}

function pointerMove(state: BoxToolState, point: Point, scene: BoxToolScene): BoxToolState {
  switch (state.mode) {
    case 'drawing':
      return { ...state, box: boxFromCorners(state.origin, point, scene.media) };
    case 'pressing': {
      const distance = Math.hypot(point.x - state.origin.x, point.y - state.origin.y);
      if (distance < DRAG_THRESHOLD_SCREEN_PX * scene.mediaPixelsPerScreenPixel) return state;
      const { trackId, origin, startBox } = state;
      return pointerMove(
        { mode: 'moving', trackId, origin, startBox, box: startBox },
        point,
        scene,
      );
    }
    case 'moving': {
      const dx = point.x - state.origin.x;
      const dy = point.y - state.origin.y;
      return { ...state, box: moveBox(state.startBox, dx, dy, scene.media) };
    }
    case 'resizing': {
      const dx = point.x - state.origin.x;
      const dy = point.y - state.origin.y;
      return { ...state, box: resizeBox(state.startBox, state.handle, dx, dy, scene.media) };
    }
    default:
      return state;
  }
}

function pointerUp(state: BoxToolState, point: Point, scene: BoxToolScene): BoxToolStep {
  const final = pointerMove(state, point, scene);
  const minSize = MIN_BOX_SCREEN_PX * scene.mediaPixelsPerScreenPixel;
  const bigEnough = (box: Box) => box.w >= minSize && box.h >= minSize;
  switch (final.mode) {
    case 'drawing':
      return bigEnough(final.box)
        ? stay(IDLE_BOX_TOOL, [{ type: 'createTrack', box: final.box }])
        : stay(IDLE_BOX_TOOL, scene.selection.length > 0 ? [{ type: 'select', trackIds: [] }] : []);
    case 'pressing':
      return stay(
        IDLE_BOX_TOOL,
        final.narrowOnClick ? [{ type: 'select', trackIds: [final.trackId] }] : [],
      );
    case 'moving':
    case 'resizing':
      if (sameBox(final.box, final.startBox) || !bigEnough(final.box)) return stay(IDLE_BOX_TOOL);
      return stay(IDLE_BOX_TOOL, [{ type: 'setBox', trackId: final.trackId, box: final.box }]);
    default:
      return stay(IDLE_BOX_TOOL);
  }
}

/** The box tool as a pure state machine: draw on empty space, select by click, move by body, resize by handle. */
export function reduceBoxTool(
  state: BoxToolState,
  event: BoxToolEvent,
  scene: BoxToolScene,
): BoxToolStep {
  switch (event.type) {
    case 'pointerDown':
      return state.mode === 'idle' ? pointerDown(event.point, event.additive, scene) : stay(state);
    case 'pointerMove':
      return stay(pointerMove(state, event.point, scene));
    case 'pointerUp':
      return pointerUp(state, event.point, scene);
    case 'cancel':
      if (state.mode !== 'idle') return stay(IDLE_BOX_TOOL);
      return stay(state, scene.selection.length > 0 ? [{ type: 'select', trackIds: [] }] : []);
    case 'delete':
      if (!scene.canWrite || scene.selection.length === 0) return stay(state);
      return stay(IDLE_BOX_TOOL, [{ type: 'delete', trackIds: [...scene.selection] }]);
  }
}
