import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { createShape, setShapeKeyframe } from '../../shared/doc/writeShapes.ts';
import { newRecordId } from '../../shared/schema/ids.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import type { ShapeGeometry } from '../../shared/schema/shape.ts';
import type { Point } from '../tools/Point.ts';
import { checkFrameIndex } from './checkFrameIndex.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';

/** A polygon, polyline, point set or skeleton drawn at a frame, in media pixels. */
export interface NewShapeInput {
  geometry: ShapeGeometry;
  /** The template of a skeleton; its points are placed in the template's order. */
  skeletonId: string | null;
  labelId: string | null;
  frame: number;
  points: readonly Point[];
  id?: string;
  /**
   * On an image set each image is annotated on its own: the shape goes out of view on the next
   * image (frame + 1) when that image exists, in the same undo step.
   */
  lastFrame?: number | null;
}

/** Creates a shape whose first keyframe is at the frame; the result is its id. */
export function createShapeAt(context: CommandContext, input: NewShapeInput): Result<string> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  const frame = checkFrameIndex(input.frame);
  if (!frame.ok) return frame;
  if (input.geometry === 'skeleton' && input.skeletonId === null) {
    return fail('choose a skeleton template before placing keypoints');
  }
  const id = input.id ?? newRecordId();
  const points = input.points.flatMap((point) => [point.x, point.y]);
  const visible = input.geometry === 'skeleton' ? input.points.map(() => true) : null;
  const endsAt = frame.value + 1;
  const author = context.author();
  try {
    context.doc.transact(() => {
      createShape(
        context.doc,
        {
          id,
          labelId: input.labelId,
          geometry: input.geometry,
          skeletonId: input.geometry === 'skeleton' ? input.skeletonId : null,
          frame: frame.value,
          keyframe: { points, visible, outside: false },
        },
        author,
        LOCAL_ORIGIN,
      );
      if (input.lastFrame !== undefined && input.lastFrame !== null && endsAt <= input.lastFrame) {
        const ending = { points, visible, outside: true };
        setShapeKeyframe(context.doc, id, endsAt, ending, author, LOCAL_ORIGIN);
      }
    }, LOCAL_ORIGIN);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  return ok(id);
}
