import type * as Y from 'yjs';
import type { Label } from '../../schema/labelSchema.ts';
import type { Result } from '../../schema/result.ts';
import { ok } from '../../schema/result.ts';
import { readLabelSchema } from '../projectSchemaDoc.ts';
import { checkEntryName } from './checkEntryName.ts';
import { editSchemaEntry } from './editSchemaEntry.ts';
import { LABELS_ROOT } from './SchemaRoot.ts';

/**
 * Renames a label and keeps its id, so every annotation (which refers to the label by id) follows
 * the new name; refused when the name is empty or another label has it, ignoring case.
 */
export function renameLabel(
  doc: Y.Doc,
  labelId: string,
  name: string,
  origin: unknown,
): Result<Label> {
  return editSchemaEntry(
    doc,
    LABELS_ROOT,
    labelId,
    () => {
      const checked = checkEntryName(name, 'label', readLabelSchema(doc).labels, labelId);
      return checked.ok ? ok({ name: checked.value }) : checked;
    },
    origin,
  );
}
