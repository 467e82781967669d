import type * as Y from 'yjs';
import type { AttributeSpec } from '../../schema/attributeSpec.ts';
import { ATTRIBUTE_TYPES, attributeSpecSchema } from '../../schema/attributeSpec.ts';
import type { Result } from '../../schema/result.ts';
import { fail, ok } from '../../schema/result.ts';
import { checkEntryName } from './checkEntryName.ts';
import { describeInvalidEntry, editSchemaEntry } from './editSchemaEntry.ts';
import { idFromName } from './idFromName.ts';
import { LABELS_ROOT } from './SchemaRoot.ts';
import { storedAttributes } from './storedAttributes.ts';

/** The most attributes one label may have (the label schema's limit). */
const MAX_ATTRIBUTES = 64;

/** What a new attribute is: a name and a type; a select or multi-select also needs options. */
export interface NewAttribute {
  name: string;
  type: string;
  /** The choices of a select or multi-select; blank ones are left out. */
  options?: readonly string[];
  /** @default false */
  required?: boolean;
  /** @default false */
  perFrame?: boolean;
}

function isAttributeType(type: string): type is AttributeSpec['type'] {
  return (ATTRIBUTE_TYPES as readonly string[]).includes(type);
}

/**
 * Adds an attribute to a label in one transaction, its id made from its name and unique on the
 * label; refused when the name is empty or taken on that label, or the type or options do not fit.
 */
export function addLabelAttribute(
  doc: Y.Doc,
  labelId: string,
  input: NewAttribute,
  origin: unknown,
): Result<AttributeSpec> {
  const made: { attribute?: AttributeSpec } = {};
  const edited = editSchemaEntry(
    doc,
    LABELS_ROOT,
    labelId,
    (label, stored) => {
      const attributes = label.attributes ?? [];
      if (attributes.length >= MAX_ATTRIBUTES) {
        return fail(
          `label ${labelId} already has ${MAX_ATTRIBUTES} attributes, the most it may have`,
        );
      }
      const name = checkEntryName(input.name, 'attribute', attributes);
      if (!name.ok) return name;
      if (!isAttributeType(input.type)) {
        return fail(
          `attribute type ${JSON.stringify(input.type)} is not one of ${ATTRIBUTE_TYPES.join(', ')}`,
        );
      }
      const id = idFromName(name.value, 'attribute', (candidate) =>
        attributes.some((attribute) => attribute.id === candidate),
      );
      const parsed = attributeSpecSchema.safeParse({
        id,
        name: name.value,
        type: input.type,
        options: (input.options ?? []).map((option) => option.trim()).filter(Boolean),
        required: input.required ?? false,
        perFrame: input.perFrame ?? false,
      });
      if (!parsed.success) return fail(describeInvalidEntry('attribute', id, parsed.error));
      made.attribute = parsed.data;
      return ok({ attributes: [...storedAttributes(stored), parsed.data] });
    },
    origin,
  );
  if (!edited.ok) return edited;
  return made.attribute ? ok(made.attribute) : fail(`label ${labelId} was not changed`);
}
