import { useMemo } from 'react';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { ShapeGeometry } from '../../shared/schema/shape.ts';
import type { Skeleton } from '../../shared/schema/skeleton.ts';
import type { ShapeEdit } from '../commands/editShapeAt.ts';
import type { ItemSession } from '../session/ItemSession.ts';
import type { Point } from '../tools/Point.ts';
import { shapesAtFrame } from './shapesAtFrame.ts';

/**
 * The shapes drawn at the frame and what placing or editing one does. A skeleton is placed from
 * the active label's template, or the schema's first template when the label names none.
 */
export function useShapeEditing(input: {
  session: ItemSession;
  snapshot: LayerSnapshot;
  frame: number;
  labels: readonly Label[];
  skeletons: readonly Skeleton[];
  selection: readonly string[];
  setSelection: (ids: string[]) => void;
  activeLabelId: string | null;
  report: (message: string) => void;
  /** The number of images of an image item; null for video, whose shapes interpolate on. */
  imageSetFrameCount: number | null;
}) {
  const { session, snapshot, frame, labels, skeletons, selection, activeLabelId, report } = input;
  const frameShapes = useMemo(
    () => shapesAtFrame({ shapes: snapshot.shapes, frame, labels, skeletons, selection }),
    [snapshot.shapes, frame, labels, skeletons, selection],
  );
  const activeLabel = labels.find((label) => label.id === activeLabelId);
  const skeleton =
    skeletons.find((template) => template.id === activeLabel?.skeletonId) ?? skeletons[0] ?? null;
  return {
    frameShapes,
    skeleton,
    onCreateShape(geometry: ShapeGeometry, points: Point[]) {
      const created = session.commands.createShape({
        geometry,
        skeletonId: geometry === 'skeleton' ? (skeleton?.id ?? null) : null,
        labelId: activeLabelId,
        frame,
        points,
        lastFrame: input.imageSetFrameCount === null ? null : input.imageSetFrameCount - 1,
      });
      if (created.ok) input.setSelection([created.value]);
      else report(created.error);
    },
    onEditShape(shapeId: string, edit: ShapeEdit) {
      const edited = session.commands.editShape(shapeId, frame, edit);
      if (!edited.ok) report(edited.error);
    },
    onSelectShape(shapeId: string) {
      if (!selection.includes(shapeId)) input.setSelection([shapeId]);
    },
  };
}
