import type * as Y from 'yjs';
import type { Result } from '../../schema/result.ts';
import { ok } from '../../schema/result.ts';
import type { Tier } from '../../schema/tier.ts';
import { readLabelSchema } from '../projectSchemaDoc.ts';
import { checkEntryName } from './checkEntryName.ts';
import { editSchemaEntry } from './editSchemaEntry.ts';
import { TIERS_ROOT } from './SchemaRoot.ts';

/**
 * Renames a timeline tier and keeps its id, so its segments stay on it; refused when the name is
 * empty or another tier has it, ignoring case.
 */
export function renameTier(
  doc: Y.Doc,
  tierId: string,
  name: string,
  origin: unknown,
): Result<Tier> {
  return editSchemaEntry(
    doc,
    TIERS_ROOT,
    tierId,
    () => {
      const checked = checkEntryName(name, 'tier', readLabelSchema(doc).tiers, tierId);
      return checked.ok ? ok({ name: checked.value }) : checked;
    },
    origin,
  );
}
