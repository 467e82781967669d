import { keyframesAfterLastFrame } from './keyframesAfterLastFrame.ts';
import { labelsNotInSchema } from './labelsNotInSchema.ts';
import type { LintContext, LintFinding } from './LintFinding.ts';
import { masksOutsideMedia } from './masksOutsideMedia.ts';
import { overlappingSpeakerTurns } from './overlappingSpeakerTurns.ts';
import { segmentsAfterMediaEnd } from './segmentsAfterMediaEnd.ts';
import { storedViolations } from './storedViolations.ts';

const RULES = [
  storedViolations,
  keyframesAfterLastFrame,
  segmentsAfterMediaEnd,
  overlappingSpeakerTurns,
  labelsNotInSchema,
  masksOutsideMedia,
] as const;

/** Every rule's findings, errors first, then by id, so replicas list them in the same order. */
export function lintLayer(context: LintContext): LintFinding[] {
  const findings = RULES.flatMap((rule) => rule(context));
  const unique = new Map(findings.map((entry) => [entry.id, entry]));
  return [...unique.values()].sort(
    (left, right) =>
      (left.severity === right.severity ? 0 : left.severity === 'error' ? -1 : 1) ||
      (left.id < right.id ? -1 : left.id > right.id ? 1 : 0),
  );
}
