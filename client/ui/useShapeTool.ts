import type { RefObject } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { ShapeGeometry } from '../../shared/schema/shape.ts';
import type { CanvasPointerEvent } from '../canvas/CanvasPointerEvent.ts';
import type { CanvasShape } from '../canvas/CanvasScene.ts';
import type { CanvasView } from '../canvas/createCanvasView.ts';
import type { ShapeEdit } from '../commands/editShapeAt.ts';
import type { ShapeHandle } from '../tools/findShapeHandle.ts';
import { findShapeHandle } from '../tools/findShapeHandle.ts';
import type { Point } from '../tools/Point.ts';

/** How near a vertex or the first corner the pointer must be, in screen pixels. */
const REACH_SCREEN_PX = 8;

/** What the shape tool reads when an event arrives, and where it reports edits. */
export interface ShapeToolInputs {
  /** Null while another tool has the pointer. */
  geometry: ShapeGeometry | null;
  /** How many points the chosen skeleton template has (a skeleton finishes at that many). */
  skeletonPointCount: number | null;
  canWrite: boolean;
  /** The shapes drawn at this frame, whose vertices can be dragged. */
  shapes: readonly CanvasShape[];
  mediaPerScreenPx: () => number;
  onCreate: (geometry: ShapeGeometry, points: Point[]) => void;
  onEdit: (shapeId: string, edit: ShapeEdit) => void;
  onSelect: (shapeId: string) => void;
}

/** The tool's state for drawing: a shape being placed, or a vertex being dragged. */
export interface ShapeToolState {
  draft: { geometry: ShapeGeometry; points: readonly Point[] } | null;
  drag: { shapeId: string; index: number; point: Point; inserting: boolean } | null;
}

const IDLE: ShapeToolState = { draft: null, drag: null };

const ENOUGH: Readonly<Record<ShapeGeometry, number>> = {
  polygon: 3,
  polyline: 2,
  points: 1,
  skeleton: Infinity,
};

/**
 * Places polygons, polylines, point sets and skeletons point by point (a polygon closes on its
 * first corner or Enter; the others finish with Enter; a skeleton once every template point is
 * placed; Backspace takes back a point, Escape drops the shape), and edits existing shapes at the
 * current frame: drag a vertex to move it, drag an edge's middle to add one, Alt+click a vertex to
 * remove it, Shift+click a keypoint to hide or show it. Each finished gesture is one edit.
 */
export function useShapeTool(
  view: CanvasView | null,
  hostRef: RefObject<HTMLDivElement | null>,
  inputs: ShapeToolInputs,
): ShapeToolState {
  const [state, setState] = useState<ShapeToolState>(IDLE);
  const points = useRef<Point[] | null>(null);
  const hover = useRef<Point | null>(null);
  const drag = useRef<{ handle: ShapeHandle; point: Point; moved: boolean } | null>(null);
  const latest = useRef(inputs);
  latest.current = inputs;
  useEffect(() => {
    if (!view || !hostRef.current) return;
    const show = () => {
      const geometry = latest.current.geometry;
      const placed = points.current;
      const held = drag.current;
      setState({
        draft:
          geometry && placed
            ? { geometry, points: hover.current ? [...placed, hover.current] : placed }
            : null,
        drag: held
          ? {
              shapeId: held.handle.shapeId,
              index: held.handle.index,
              point: held.point,
              inserting: held.handle.kind === 'edge',
            }
          : null,
      });
    };
    const finish = () => {
      const { geometry } = latest.current;
      const placed = points.current;
      points.current = null;
      hover.current = null;
      if (geometry && placed && placed.length >= ENOUGH[geometry]) {
        latest.current.onCreate(geometry, placed);
      } else if (geometry === 'skeleton' && placed) {
        const needed = latest.current.skeletonPointCount ?? 0;
        if (placed.length >= needed) latest.current.onCreate(geometry, placed);
      }
      show();
    };
    const reach = () => REACH_SCREEN_PX * latest.current.mediaPerScreenPx();
    const startOrEdit = (event: Extract<CanvasPointerEvent, { type: 'pointerDown' }>) => {
      const handle = points.current
        ? null
        : findShapeHandle(latest.current.shapes, event.point, reach());
      if (handle?.kind === 'vertex' && (event.alt || event.additive)) {
        latest.current.onSelect(handle.shapeId);
        latest.current.onEdit(handle.shapeId, {
          kind: event.alt ? 'remove' : 'toggleVisible',
          index: handle.index,
        });
        return;
      }
      if (handle) {
        latest.current.onSelect(handle.shapeId);
        drag.current = { handle, point: event.point, moved: false };
        return show();
      }
      const placed = points.current ?? [];
      const first = placed[0];
      const { geometry, skeletonPointCount } = latest.current;
      if (geometry === 'polygon' && first && placed.length >= 3) {
        if (Math.hypot(event.point.x - first.x, event.point.y - first.y) <= reach())
          return finish();
      }
      points.current = [...placed, event.point];
      if (geometry === 'skeleton' && points.current.length >= (skeletonPointCount ?? Infinity)) {
        return finish();
      }
      show();
    };
    const endDrag = (point: Point) => {
      const held = drag.current;
      drag.current = null;
      if (held && (held.moved || held.handle.kind === 'edge')) {
        const { handle } = held;
        latest.current.onEdit(
          handle.shapeId,
          handle.kind === 'vertex'
            ? { kind: 'move', index: handle.index, to: point }
            : { kind: 'insert', index: handle.index, at: point },
        );
      }
      show();
    };
    const feed = (event: CanvasPointerEvent) => {
      const { geometry, canWrite } = latest.current;
      if (!geometry || !canWrite) {
        points.current = null;
        drag.current = null;
        return;
      }
      if (event.type === 'pointerDown') return startOrEdit(event);
      if (event.type === 'pointerMove') {
        if (drag.current) drag.current = { ...drag.current, point: event.point, moved: true };
        else hover.current = points.current ? event.point : null;
        return show();
      }
      if (event.type === 'pointerUp' && drag.current) return endDrag(event.point);
      if (event.type === 'pointerCancel') drag.current = null;
      if (event.type === 'pointerLeave') hover.current = null;
      show();
    };
    const onKey = (event: KeyboardEvent) => {
      const placed = points.current;
      if (!placed || !latest.current.geometry) return;
      if (event.key === 'Escape') points.current = null;
      else if (event.key === 'Enter') finish();
      else if (event.key === 'Backspace')
        points.current = placed.length > 1 ? placed.slice(0, -1) : null;
      else return;
      event.stopImmediatePropagation();
      event.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKey, true);
    const stop = view.onPointer(feed);
    return () => {
      stop();
      window.removeEventListener('keydown', onKey, true);
    };
  }, [view, hostRef]);
  return state;
}
