import { useEffect, useRef } from 'react';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { ShortcutAction } from './editorShortcuts.ts';
import { labelForKey, shortcutActionOf } from './editorShortcuts.ts';
import { isTypingTarget } from './isTypingTarget.ts';
import type { KeyBindings } from './keyBindings.ts';

/** Routes key presses outside text entry to editor actions and label hotkeys. */
export function useEditorHotkeys(handlers: {
  labels: readonly Label[];
  onAction: (action: ShortcutAction) => void;
  onLabel: (label: Label) => void;
  /** The person's own keys for actions (see keyBindings.ts). */
  bindings: KeyBindings;
}): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTypingTarget(event.target)) return;
      const action = shortcutActionOf(event, latest.current.bindings);
      const label = action ? null : labelForKey(latest.current.labels, event);
      if (!action && !label) return;
      // Space and arrows would also press a focused button or scroll the page.
      event.preventDefault();
      if (action) latest.current.onAction(action);
      else if (label) latest.current.onLabel(label);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
