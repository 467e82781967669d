import type * as Y from 'yjs';
import type { Label } from '../../schema/labelSchema.ts';
import type { Result } from '../../schema/result.ts';
import { ok } from '../../schema/result.ts';
import { readLabelSchema } from '../projectSchemaDoc.ts';
import { editSchemaEntry } from './editSchemaEntry.ts';
import { checkLabelHotkey } from './labelFieldChecks.ts';
import { LABELS_ROOT } from './SchemaRoot.ts';

/**
 * Sets a label's hotkey (one lowercase letter or digit) or clears it (null); refused, naming the
 * label, when another label already has that key.
 */
export function setLabelHotkey(
  doc: Y.Doc,
  labelId: string,
  hotkey: string | null,
  origin: unknown,
): Result<Label> {
  return editSchemaEntry(
    doc,
    LABELS_ROOT,
    labelId,
    () => {
      const checked = checkLabelHotkey(hotkey, readLabelSchema(doc).labels, labelId);
      return checked.ok ? ok({ hotkey: checked.value }) : checked;
    },
    origin,
  );
}
