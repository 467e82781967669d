import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import type { NewLabel } from '../../shared/doc/schemaEdits/addLabel.ts';
import { addLabel } from '../../shared/doc/schemaEdits/addLabel.ts';
import type { NewAttribute } from '../../shared/doc/schemaEdits/addLabelAttribute.ts';
import { addLabelAttribute } from '../../shared/doc/schemaEdits/addLabelAttribute.ts';
import type { NewTier } from '../../shared/doc/schemaEdits/addTier.ts';
import { addTier } from '../../shared/doc/schemaEdits/addTier.ts';
import { renameLabel } from '../../shared/doc/schemaEdits/renameLabel.ts';
import { renameLabelAttribute } from '../../shared/doc/schemaEdits/renameLabelAttribute.ts';
import { renameTier } from '../../shared/doc/schemaEdits/renameTier.ts';
import { setLabelColour } from '../../shared/doc/schemaEdits/setLabelColour.ts';
import { setLabelHotkey } from '../../shared/doc/schemaEdits/setLabelHotkey.ts';
import { setLabelIouThreshold } from '../../shared/doc/schemaEdits/setLabelIouThreshold.ts';
import type { AttributeSpec } from '../../shared/schema/attributeSpec.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail } from '../../shared/schema/result.ts';
import type { Tier } from '../../shared/schema/tier.ts';

/** Every change the schema page makes, each one transaction with the local origin. */
export interface SchemaCommands {
  addLabel(input: NewLabel): Result<Label>;
  renameLabel(labelId: string, name: string): Result<Label>;
  setLabelColour(labelId: string, colour: string): Result<Label>;
  setLabelHotkey(labelId: string, hotkey: string | null): Result<Label>;
  setLabelIouThreshold(labelId: string, threshold: number | null): Result<Label>;
  addLabelAttribute(labelId: string, input: NewAttribute): Result<AttributeSpec>;
  renameLabelAttribute(labelId: string, attributeId: string, name: string): Result<AttributeSpec>;
  addTier(input: NewTier): Result<Tier>;
  renameTier(tierId: string, name: string): Result<Tier>;
}

/** The message an edit gets on a schema the user may only read. */
export const READ_ONLY_SCHEMA =
  'the label schema is open read-only: only trainers and admins of the project change it';

/**
 * The schema operations bound to the page's document; refused up front while the connection may
 * not write, instead of letting the server drop the edit.
 */
export function createSchemaCommands(doc: Y.Doc, canWrite: () => boolean): SchemaCommands {
  const guarded =
    <A extends unknown[], T>(edit: (doc: Y.Doc, ...args: [...A, unknown]) => Result<T>) =>
    (...args: A): Result<T> =>
      canWrite() ? edit(doc, ...args, LOCAL_ORIGIN) : fail(READ_ONLY_SCHEMA);
  return {
    addLabel: guarded(addLabel),
    renameLabel: guarded(renameLabel),
    setLabelColour: guarded(setLabelColour),
    setLabelHotkey: guarded(setLabelHotkey),
    setLabelIouThreshold: guarded(setLabelIouThreshold),
    addLabelAttribute: guarded(addLabelAttribute),
    renameLabelAttribute: guarded(renameLabelAttribute),
    addTier: guarded(addTier),
    renameTier: guarded(renameTier),
  };
}
