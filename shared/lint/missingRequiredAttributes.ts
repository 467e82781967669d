import { attributeAt } from '../doc/readAttributes.ts';
import type { AttributeValue } from '../schema/recordBase.ts';
import { annotatedObjects } from './annotatedObjects.ts';
import type { LintContext, LintFinding } from './LintFinding.ts';
import { finding } from './LintFinding.ts';

function isEmpty(value: AttributeValue | undefined): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

/**
 * Objects whose label requires an attribute they lack: a static one anywhere, a per-frame one at
 * the object's first frame (from where each value holds until the next).
 */
export function missingRequiredAttributes({ snapshot, labels }: LintContext): LintFinding[] {
  const labelsById = new Map(labels.map((label) => [label.id, label]));
  return annotatedObjects(snapshot).flatMap((object) => {
    const label = object.labelId === null ? undefined : labelsById.get(object.labelId);
    return (label?.attributes ?? [])
      .filter((spec) => spec.required)
      .filter((spec) =>
        isEmpty(
          spec.perFrame
            ? attributeAt(object.attributes, spec.id, object.firstFrame)
            : object.attributes[spec.id],
        ),
      )
      .map((spec) =>
        finding(
          {
            rule: 'missing-required-attribute',
            severity: 'error',
            message: `${object.id} (${label?.name}) has no ${spec.name}${spec.perFrame ? ` at frame ${object.firstFrame}` : ''}, which is required`,
            recordIds: [object.id],
            location: object.location,
          },
          spec.id,
        ),
      );
  });
}
