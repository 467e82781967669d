import type { Label } from '../../shared/schema/labelSchema.ts';

/** Labels in hotkey order (1, 2, … then letters), those without a hotkey last by name. */
export function sortLabelsForToolbar(labels: readonly Label[]): readonly Label[] {
  return [...labels].sort((left, right) => {
    if (left.hotkey !== right.hotkey) {
      if (left.hotkey === null) return 1;
      if (right.hotkey === null) return -1;
      return left.hotkey < right.hotkey ? -1 : 1;
    }
    return left.name.localeCompare(right.name);
  });
}
