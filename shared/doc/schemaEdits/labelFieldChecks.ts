import type { Label } from '../../schema/labelSchema.ts';
import type { Result } from '../../schema/result.ts';
import { fail, ok } from '../../schema/result.ts';

/** A label colour, lowercased: `#` and six hex digits. */
export function checkLabelColour(colour: string): Result<string> {
  const lowered = colour.trim().toLowerCase();
  if (!/^#[0-9a-f]{6}$/.test(lowered)) {
    return fail(`colour ${JSON.stringify(colour)} is not a colour like #1f77b4`);
  }
  return ok(lowered);
}

/**
 * A label hotkey: one lowercase letter or digit, or null (or an empty string) for none; refused
 * when another label than `selfId` has it.
 */
export function checkLabelHotkey(
  hotkey: string | null,
  labels: readonly Label[],
  selfId: string | null = null,
): Result<string | null> {
  if (hotkey === null || hotkey === '') return ok(null);
  if (!/^[a-z0-9]$/.test(hotkey)) {
    return fail(`hotkey ${JSON.stringify(hotkey)} must be one lowercase letter or digit, or none`);
  }
  const holder = labels.find((label) => label.id !== selfId && label.hotkey === hotkey);
  if (holder) {
    return fail(
      `hotkey ${hotkey} is already the label ${JSON.stringify(holder.name)} (${holder.id}): choose another key`,
    );
  }
  return ok(hotkey);
}

/** An IoU threshold from 0 to 1, or null to fall back to the default. */
export function checkIouThreshold(threshold: number | null): Result<number | null> {
  if (threshold === null) return ok(null);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    const found = Number.isNaN(threshold) ? '' : `, not ${threshold}`;
    return fail(`the IoU threshold must be a number from 0 to 1${found}`);
  }
  return ok(threshold);
}
