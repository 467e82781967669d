import type * as Y from 'yjs';
import type { AttributeSpec } from '../../schema/attributeSpec.ts';
import type { Result } from '../../schema/result.ts';
import { fail, ok } from '../../schema/result.ts';
import { checkEntryName } from './checkEntryName.ts';
import { editSchemaEntry } from './editSchemaEntry.ts';
import { LABELS_ROOT } from './SchemaRoot.ts';
import { storedAttributes } from './storedAttributes.ts';

/**
 * Renames an attribute of a label and keeps its id, so the values objects hold under that id stay
 * theirs; refused when the name is empty or another attribute of the label has it, ignoring case.
 */
export function renameLabelAttribute(
  doc: Y.Doc,
  labelId: string,
  attributeId: string,
  name: string,
  origin: unknown,
): Result<AttributeSpec> {
  const edited = editSchemaEntry(
    doc,
    LABELS_ROOT,
    labelId,
    (label, stored) => {
      const attributes = label.attributes ?? [];
      if (!attributes.some((attribute) => attribute.id === attributeId)) {
        return fail(`label ${labelId} has no attribute with id ${JSON.stringify(attributeId)}`);
      }
      const checked = checkEntryName(name, 'attribute', attributes, attributeId);
      if (!checked.ok) return checked;
      const renamed = storedAttributes(stored).map((attribute) =>
        attribute.id === attributeId ? { ...attribute, name: checked.value } : attribute,
      );
      return ok({ attributes: renamed });
    },
    origin,
  );
  if (!edited.ok) return edited;
  const attribute = edited.value.attributes?.find((each) => each.id === attributeId);
  return attribute ? ok(attribute) : fail(`label ${labelId} has no attribute ${attributeId}`);
}
