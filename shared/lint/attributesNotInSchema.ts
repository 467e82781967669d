import type { AttributeSpec } from '../schema/attributeSpec.ts';
import type { AttributeValue } from '../schema/recordBase.ts';
import { annotatedObjects } from './annotatedObjects.ts';
import type { LintContext, LintFinding } from './LintFinding.ts';
import { finding } from './LintFinding.ts';

/** Why a value does not fit its attribute's declaration, or null when it does. */
function misfit(spec: AttributeSpec, value: AttributeValue): string | null {
  if (value === null) return null;
  switch (spec.type) {
    case 'checkbox':
      return typeof value === 'boolean' ? null : 'is not true or false';
    case 'number':
      return typeof value === 'number' ? null : 'is not a number';
    case 'text':
      return typeof value === 'string' ? null : 'is not text';
    case 'select':
      return typeof value === 'string' && spec.options.includes(value)
        ? null
        : `is not one of ${spec.options.join(', ')}`;
    case 'multiselect':
      return Array.isArray(value) && value.every((option) => spec.options.includes(option))
        ? null
        : `is not a choice among ${spec.options.join(', ')}`;
  }
}

/**
 * Attribute values the object's label does not declare, values that do not fit their declaration
 * (a select value outside its options, text in a number), and per-frame values of static attributes.
 */
export function attributesNotInSchema({ snapshot, labels }: LintContext): LintFinding[] {
  const labelsById = new Map(labels.map((label) => [label.id, label]));
  return annotatedObjects(snapshot).flatMap((object) => {
    const specs = new Map(
      (object.labelId === null ? [] : (labelsById.get(object.labelId)?.attributes ?? [])).map(
        (spec) => [spec.id, spec],
      ),
    );
    return Object.entries(object.attributes).flatMap(([key, value]) => {
      const [attributeId = key, frame] = key.split('@');
      const spec = specs.get(attributeId);
      const problem = !spec
        ? `has attribute ${attributeId}, which its label does not declare`
        : frame !== undefined && !spec.perFrame
          ? `has a per-frame value of ${spec.name}, which is static`
          : misfit(spec, value) &&
            `has ${spec.name} ${JSON.stringify(value)}, which ${misfit(spec, value)}`;
      if (!problem) return [];
      return [
        finding(
          {
            rule: 'attribute-not-in-schema',
            severity: 'warning',
            message: `${object.id} ${problem}`,
            recordIds: [object.id],
            location: frame === undefined ? object.location : { frame: Number(frame) },
          },
          key,
        ),
      ];
    });
  });
}
