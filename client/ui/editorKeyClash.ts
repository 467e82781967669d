import { boundKeyOf, REBINDABLE_SHORTCUTS } from './keyBindings.ts';

/**
 * What a label hotkey collides with among the editor's default keys (editor actions win over
 * labels), as a warning to show beside the field; null when the key is free.
 */
export function editorKeyClash(hotkey: string | null): string | null {
  if (hotkey === null) return null;
  const shortcut = REBINDABLE_SHORTCUTS.find((each) => boundKeyOf(each.action, {}) === hotkey);
  if (!shortcut) return null;
  const action = shortcut.description.split(':')[0] ?? shortcut.action;
  return `${hotkey.toUpperCase()} is also the editor's key for "${action}", which wins unless a person rebinds it`;
}
