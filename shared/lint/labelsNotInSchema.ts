import type { LintContext, LintFinding } from './LintFinding.ts';
import { finding } from './LintFinding.ts';

/** Objects whose label the project's label schema does not declare (removed, or never there). */
export function labelsNotInSchema({ snapshot, labelIds }: LintContext): LintFinding[] {
  const objects = [
    ...snapshot.tracks.map((track) => ({ ...track, location: frameOf(track.keyframes[0]?.frame) })),
    ...snapshot.masks.map((mask) => ({ ...mask, location: frameOf(mask.frames[0]) })),
    ...snapshot.segments.map((segment) => ({
      ...segment,
      location: { startMs: segment.startMs, endMs: segment.endMs },
    })),
  ];
  return objects
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
}

function frameOf(frame: number | undefined) {
  return frame === undefined ? null : { frame };
}
