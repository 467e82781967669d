import type * as Y from 'yjs';
import type { Label } from '../../schema/labelSchema.ts';
import type { Result } from '../../schema/result.ts';
import { ok } from '../../schema/result.ts';
import { editSchemaEntry } from './editSchemaEntry.ts';
import { checkIouThreshold } from './labelFieldChecks.ts';
import { LABELS_ROOT } from './SchemaRoot.ts';

/**
 * Sets the IoU from which two annotators' shapes with this label count as one object (0 to 1), or
 * clears it (null) so agreement uses its default.
 */
export function setLabelIouThreshold(
  doc: Y.Doc,
  labelId: string,
  threshold: number | null,
  origin: unknown,
): Result<Label> {
  return editSchemaEntry(
    doc,
    LABELS_ROOT,
    labelId,
    () => {
      const checked = checkIouThreshold(threshold);
      return checked.ok ? ok({ iouThreshold: checked.value ?? undefined }) : checked;
    },
    origin,
  );
}
