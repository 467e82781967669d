import type * as Y from 'yjs';
import type { Label } from '../../schema/labelSchema.ts';
import type { Result } from '../../schema/result.ts';
import { ok } from '../../schema/result.ts';
import { editSchemaEntry } from './editSchemaEntry.ts';
import { checkLabelColour } from './labelFieldChecks.ts';
import { LABELS_ROOT } from './SchemaRoot.ts';

/** Sets the colour a label is drawn in (`#` and six hex digits). */
export function setLabelColour(
  doc: Y.Doc,
  labelId: string,
  colour: string,
  origin: unknown,
): Result<Label> {
  return editSchemaEntry(
    doc,
    LABELS_ROOT,
    labelId,
    () => {
      const checked = checkLabelColour(colour);
      return checked.ok ? ok({ colour: checked.value }) : checked;
    },
    origin,
  );
}
