import type { LintContext, LintFinding } from './LintFinding.ts';
import { finding } from './LintFinding.ts';

function frameOf(frame: number | undefined) {
  return frame === undefined ? null : { frame };
}

/**
 * Objects whose label the project's label schema does not declare (removed, or never there), and
 * links whose relation type it does not declare.
 */
export function labelsNotInSchema({ snapshot, labels, relationTypes }: LintContext): LintFinding[] {
  const labelIds = new Set(labels.map((label) => label.id));
  const relationIds = new Set(relationTypes.map((relation) => relation.id));
  const objects = [
    ...snapshot.tracks.map((track) => ({ ...track, location: frameOf(track.keyframes[0]?.frame) })),
    ...snapshot.shapes.map((shape) => ({ ...shape, location: frameOf(shape.keyframes[0]?.frame) })),
    ...snapshot.masks.map((mask) => ({ ...mask, location: frameOf(mask.frames[0]) })),
    ...snapshot.segments.map((segment) => ({
      ...segment,
      location: { startMs: segment.startMs, endMs: segment.endMs },
    })),
    ...snapshot.tags.map((tag) => ({ ...tag, location: null })),
  ];
  const unlabelled = objects
    .filter((object) => object.labelId !== null && !labelIds.has(object.labelId))
    .map((object) =>
      finding({
        rule: 'label-not-in-schema',
        severity: 'error',
        message: `${object.id} is labelled ${JSON.stringify(object.labelId)}, which the label schema does not have`,
        recordIds: [object.id],
        location: object.location,
      }),
    );
  const untyped = snapshot.links
    .filter((link) => link.relationTypeId !== null && !relationIds.has(link.relationTypeId))
    .map((link) =>
      finding({
        rule: 'label-not-in-schema',
        severity: 'error',
        message: `link ${link.id} has relation type ${JSON.stringify(link.relationTypeId)}, which the label schema does not have`,
        recordIds: [link.id],
        location: null,
      }),
    );
  return [...unlabelled, ...untyped];
}
