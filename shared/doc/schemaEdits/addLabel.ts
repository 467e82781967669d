import type * as Y from 'yjs';
import type { Label } from '../../schema/labelSchema.ts';
import { labelSchema } from '../../schema/labelSchema.ts';
import type { Result } from '../../schema/result.ts';
import { fail, ok } from '../../schema/result.ts';
import { readLabelSchema } from '../projectSchemaDoc.ts';
import { ROOT_LABELS } from '../roots.ts';
import { checkEntryName } from './checkEntryName.ts';
import { describeInvalidEntry } from './editSchemaEntry.ts';
import { idFromName } from './idFromName.ts';
import { checkIouThreshold, checkLabelColour, checkLabelHotkey } from './labelFieldChecks.ts';
import { nextLabelColour } from './nextLabelColour.ts';

/** What a new label starts with; only the name is needed. */
export interface NewLabel {
  name: string;
  /** @default the first palette colour no label uses yet */
  colour?: string;
  /** @default null (no hotkey) */
  hotkey?: string | null;
  /** @default null (the agreement default) */
  iouThreshold?: number | null;
}

/**
 * Adds a label in one transaction, its id made from its name (`Parked car` → `parked-car`, with a
 * number added when that id is taken); refused when the name, colour, hotkey or threshold is not valid.
 */
export function addLabel(doc: Y.Doc, input: NewLabel, origin: unknown): Result<Label> {
  return doc.transact((): Result<Label> => {
    const entries = doc.getMap<unknown>(ROOT_LABELS);
    const { labels } = readLabelSchema(doc);
    const name = checkEntryName(input.name, 'label', labels);
    if (!name.ok) return name;
    const colour =
      input.colour === undefined ? ok(nextLabelColour(labels)) : checkLabelColour(input.colour);
    if (!colour.ok) return colour;
    const hotkey = checkLabelHotkey(input.hotkey ?? null, labels);
    if (!hotkey.ok) return hotkey;
    const threshold = checkIouThreshold(input.iouThreshold ?? null);
    if (!threshold.ok) return threshold;
    const id = idFromName(name.value, 'label', (candidate) => entries.has(candidate));
    const label: Label = {
      id,
      name: name.value,
      colour: colour.value,
      hotkey: hotkey.value,
      ...(threshold.value === null ? {} : { iouThreshold: threshold.value }),
    };
    const checked = labelSchema.safeParse(label);
    if (!checked.success) return fail(describeInvalidEntry('label', id, checked.error));
    entries.set(id, label);
    return ok(label);
  }, origin);
}
