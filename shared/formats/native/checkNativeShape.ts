import { MIN_SHAPE_POINTS } from '../../schema/shape.ts';
import { describeFrameAfterEnd } from './describeFrameAfterEnd.ts';
import type { NativeProblem } from './NativeProblem.ts';
import { problemAt } from './NativeProblem.ts';
import type { NativeReferenceContext } from './NativeReferenceContext.ts';
import type { NativeShape, NativeShapeKeyframe } from './nativeShapeSchema.ts';

type Path = readonly PropertyKey[];

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A skeleton's template in the label schema, by its number of points; what is wrong when it has none. */
function templateOf(
  shape: NativeShape,
  path: Path,
  context: NativeReferenceContext,
): { pointCount: number | null; problems: NativeProblem[] } {
  if (shape.geometry !== 'skeleton') return { pointCount: null, problems: [] };
  const at = [...path, 'skeletonId'];
  if (shape.skeletonId === null) {
    const message =
      'a skeleton names its template: skeletonId must be a skeleton of the label schema';
    return { pointCount: null, problems: [problemAt(at, message)] };
  }
  const pointCount = context.skeletonPointCounts.get(shape.skeletonId);
  if (pointCount !== undefined) return { pointCount, problems: [] };
  const message = `skeleton ${JSON.stringify(shape.skeletonId)} is not in the label schema of project ${context.projectId}`;
  return { pointCount: null, problems: [problemAt(at, message)] };
}

function checkPoints(
  shape: NativeShape,
  keyframe: NativeShapeKeyframe,
  path: Path,
  templatePoints: number | null,
): NativeProblem[] {
  const problems: NativeProblem[] = [];
  const count = keyframe.points.length / 2;
  const fewest = MIN_SHAPE_POINTS[shape.geometry];
  if (count < fewest) {
    const message = `a ${shape.geometry} needs at least ${plural(fewest, 'point')}; this keyframe has ${count}`;
    problems.push(problemAt([...path, 'points'], message));
  } else if (templatePoints !== null && count !== templatePoints) {
    const message = `skeleton ${shape.skeletonId} has ${plural(templatePoints, 'point')} in the label schema; this keyframe has ${count}`;
    problems.push(problemAt([...path, 'points'], message));
  }
  if (keyframe.visible !== null && keyframe.visible.length !== count) {
    const message = `${plural(keyframe.visible.length, 'visibility flag')} for ${plural(count, 'point')}: one per point, or null when every point is visible`;
    problems.push(problemAt([...path, 'visible'], message));
  }
  return problems;
}

/**
 * What is wrong with a shape: no keyframes, two at one frame, frames past the end of the video,
 * too few points for its geometry, visibility flags that do not match its points, and a skeleton
 * whose template the label schema lacks or has with another number of points.
 */
export function checkNativeShape(
  shape: NativeShape,
  path: Path,
  context: NativeReferenceContext,
): NativeProblem[] {
  if (shape.keyframes.length === 0) {
    return [problemAt([...path, 'keyframes'], 'a shape needs at least one keyframe')];
  }
  const template = templateOf(shape, path, context);
  const problems = [...template.problems];
  const firstIndexOfFrame = new Map<number, number>();
  shape.keyframes.forEach((keyframe, index) => {
    const at = [...path, 'keyframes', index];
    const firstIndex = firstIndexOfFrame.get(keyframe.frame);
    if (firstIndex !== undefined) {
      const message = `frame ${keyframe.frame} already has a keyframe (keyframes[${firstIndex}])`;
      problems.push(problemAt([...at, 'frame'], message));
    } else firstIndexOfFrame.set(keyframe.frame, index);
    const frameCount = context.media?.frameCount;
    const late =
      frameCount === undefined ? null : describeFrameAfterEnd(keyframe.frame, frameCount);
    if (late !== null) problems.push(problemAt([...at, 'frame'], late));
    problems.push(...checkPoints(shape, keyframe, at, template.pointCount));
  });
  return problems;
}
