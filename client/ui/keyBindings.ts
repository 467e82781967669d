import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import type { Shortcut, ShortcutAction } from './editorShortcuts.ts';
import { EDITOR_SHORTCUTS } from './editorShortcuts.ts';

/** A person's own keys for editor actions, each one lowercase letter or digit. */
export type KeyBindings = Readonly<Partial<Record<ShortcutAction, string>>>;

const KEY = /^[a-z0-9]$/;
const STORAGE_KEY = 'concord.keyBindings';

/** The default key of a shortcut that may be rebound (one letter, no modifier); null otherwise. */
export function defaultKeyOf(shortcut: Shortcut): string | null {
  return /^[A-Z]$/.test(shortcut.keys) ? shortcut.keys.toLowerCase() : null;
}

/** The shortcuts a person may give another key. */
export const REBINDABLE_SHORTCUTS: readonly Shortcut[] = EDITOR_SHORTCUTS.filter(
  (shortcut) => defaultKeyOf(shortcut) !== null,
);

/** The key an action answers to with these bindings; null for shortcuts that cannot be rebound. */
export function boundKeyOf(action: ShortcutAction, bindings: KeyBindings): string | null {
  const shortcut = REBINDABLE_SHORTCUTS.find((each) => each.action === action);
  return shortcut ? (bindings[action] ?? defaultKeyOf(shortcut)) : null;
}

/** Who else answers to a key: an editor action or a label of the project; null when it is free. */
function holderOf(
  key: string,
  except: ShortcutAction,
  bindings: KeyBindings,
  labels: readonly { name: string; hotkey: string | null }[],
): string | null {
  const action = REBINDABLE_SHORTCUTS.find(
    (shortcut) => shortcut.action !== except && boundKeyOf(shortcut.action, bindings) === key,
  );
  if (action) return `"${action.description.split(':')[0]}" (${action.action})`;
  const label = labels.find((each) => each.hotkey === key);
  return label ? `the label ${label.name}` : null;
}

/** Checks a new key for an action: one letter or digit, not already another action's or a label's. */
export function checkBinding(
  action: ShortcutAction,
  key: string,
  bindings: KeyBindings,
  labels: readonly { name: string; hotkey: string | null }[],
): Result<KeyBindings> {
  const pressed = key.toLowerCase();
  if (!KEY.test(pressed))
    return fail(`${JSON.stringify(key)} cannot be a hotkey: use one letter or digit`);
  if (!REBINDABLE_SHORTCUTS.some((shortcut) => shortcut.action === action)) {
    return fail(`${action} keeps its key`);
  }
  const holder = holderOf(pressed, action, bindings, labels);
  if (holder) return fail(`${pressed.toUpperCase()} is already ${holder}: choose another key`);
  return ok({ ...bindings, [action]: pressed });
}

/** Every key two things answer to (two actions, or an action and a label), for the shortcut sheet. */
export function bindingConflicts(
  bindings: KeyBindings,
  labels: readonly { name: string; hotkey: string | null }[],
): string[] {
  return REBINDABLE_SHORTCUTS.flatMap((shortcut) => {
    const key = boundKeyOf(shortcut.action, bindings) as string;
    const holder = holderOf(key, shortcut.action, bindings, labels);
    // Each pair of actions is listed once, from the first of the two.
    if (!holder || holder.endsWith(`(${shortcut.action})`)) return [];
    const later = REBINDABLE_SHORTCUTS.findIndex((each) => holder.endsWith(`(${each.action})`));
    if (later !== -1 && later < REBINDABLE_SHORTCUTS.indexOf(shortcut)) return [];
    return [`${key.toUpperCase()}: ${shortcut.action} and ${holder}`];
  });
}

/** The bindings this browser keeps; anything unreadable is left out. */
export function loadKeyBindings(): KeyBindings {
  try {
    const stored = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '{}') as unknown;
    if (typeof stored !== 'object' || stored === null) return {};
    return Object.fromEntries(
      Object.entries(stored).filter(
        ([action, key]) =>
          typeof key === 'string' &&
          KEY.test(key) &&
          REBINDABLE_SHORTCUTS.some((shortcut) => shortcut.action === action),
      ),
    );
  } catch {
    return {};
  }
}

/** Keeps the bindings for this browser's next sessions. */
export function saveKeyBindings(bindings: KeyBindings): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(bindings));
}
