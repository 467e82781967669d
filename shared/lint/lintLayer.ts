import { attributesNotInSchema } from './attributesNotInSchema.ts';
import { childrenOutsideParents } from './childrenOutsideParents.ts';
import { keyframesAfterLastFrame } from './keyframesAfterLastFrame.ts';
import { labelsNotInSchema } from './labelsNotInSchema.ts';
import { linksToMissingEnds } from './linksToMissingEnds.ts';
import type { LintContext, LintFinding } from './LintFinding.ts';
import { masksOutsideMedia } from './masksOutsideMedia.ts';
import { missingRequiredAttributes } from './missingRequiredAttributes.ts';
import { overlappingSpeakerTurns } from './overlappingSpeakerTurns.ts';
import { segmentsAfterMediaEnd } from './segmentsAfterMediaEnd.ts';
import { skeletonsNotInTemplate } from './skeletonsNotInTemplate.ts';
import { storedViolations } from './storedViolations.ts';

const RULES = [
  storedViolations,
  keyframesAfterLastFrame,
  segmentsAfterMediaEnd,
  overlappingSpeakerTurns,
  labelsNotInSchema,
  masksOutsideMedia,
  childrenOutsideParents,
  linksToMissingEnds,
  missingRequiredAttributes,
  attributesNotInSchema,
  skeletonsNotInTemplate,
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
