import type { LintContext, LintFinding } from './LintFinding.ts';
import { finding } from './LintFinding.ts';

/** Skeleton shapes whose template is missing, or whose keyframes hold a different number of points. */
export function skeletonsNotInTemplate({ snapshot, skeletons }: LintContext): LintFinding[] {
  const templates = new Map(skeletons.map((skeleton) => [skeleton.id, skeleton]));
  return snapshot.shapes
    .filter((shape) => shape.geometry === 'skeleton')
    .flatMap((shape) => {
      const template = shape.skeletonId === null ? undefined : templates.get(shape.skeletonId);
      if (!template) {
        return [
          finding({
            rule: 'skeleton-not-in-template',
            severity: 'error',
            message: `skeleton ${shape.id} uses template ${JSON.stringify(shape.skeletonId)}, which the label schema does not have`,
            recordIds: [shape.id],
            location: shape.keyframes[0] ? { frame: shape.keyframes[0].frame } : null,
          }),
        ];
      }
      return shape.keyframes
        .filter((keyframe) => keyframe.points.length / 2 !== template.points.length)
        .map((keyframe) =>
          finding({
            rule: 'skeleton-not-in-template',
            severity: 'error',
            message: `skeleton ${shape.id} has ${keyframe.points.length / 2} points at frame ${keyframe.frame}; template ${template.name} has ${template.points.length}`,
            recordIds: [shape.id],
            location: { frame: keyframe.frame },
          }),
        );
    });
}
