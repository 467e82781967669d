import type { LabelSchemaSnapshot } from '../doc/projectSchemaDoc.ts';

type Entry = { id: string; name: string };

function byId<T extends Entry>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/** Added and renamed entries of one kind ("label", "tier"), in the later list's order. */
function entryChanges<T extends Entry>(
  noun: string,
  before: readonly T[],
  after: readonly T[],
  details: (was: T, is: T) => string[] = () => [],
): string[] {
  const known = byId(before);
  const lines: string[] = [];
  for (const is of after) {
    const was = known.get(is.id);
    if (!was) lines.push(`added ${noun} “${is.name}”`);
    else {
      if (was.name !== is.name) lines.push(`renamed ${noun} “${was.name}” to “${is.name}”`);
      lines.push(...details(was, is));
    }
  }
  const kept = new Set(after.map((entry) => entry.id));
  for (const was of before) if (!kept.has(was.id)) lines.push(`removed ${noun} “${was.name}”`);
  return lines;
}

/**
 * What changed in a label schema, one readable line per change: labels and tiers added, renamed
 * (ids kept) or removed, and a label's colour, hotkey, IoU threshold and attributes.
 */
export function describeSchemaChanges(
  before: Pick<LabelSchemaSnapshot, 'labels' | 'tiers'>,
  after: Pick<LabelSchemaSnapshot, 'labels' | 'tiers'>,
): string[] {
  return [
    ...entryChanges('label', before.labels, after.labels, (was, is) => {
      const lines: string[] = [];
      if (was.colour !== is.colour) lines.push(`recoloured label “${is.name}” ${is.colour}`);
      if (was.hotkey !== is.hotkey) {
        lines.push(`gave label “${is.name}” the hotkey ${is.hotkey ?? 'none'}`);
      }
      if (was.iouThreshold !== is.iouThreshold) {
        const threshold = is.iouThreshold === undefined ? 'the default' : String(is.iouThreshold);
        lines.push(`set label “${is.name}”’s IoU threshold to ${threshold}`);
      }
      const attributes = entryChanges(
        `attribute of “${is.name}”`,
        was.attributes ?? [],
        is.attributes ?? [],
      );
      return [...lines, ...attributes];
    }),
    ...entryChanges('tier', before.tiers, after.tiers),
  ];
}
