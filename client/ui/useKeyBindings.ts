import { useState } from 'react';
import type { KeyBindings } from './keyBindings.ts';
import { loadKeyBindings, saveKeyBindings } from './keyBindings.ts';

/** The person's own hotkeys, kept in this browser across sessions. */
export function useKeyBindings(): [KeyBindings, (next: KeyBindings) => void] {
  const [bindings, setBindings] = useState(loadKeyBindings);
  return [
    bindings,
    (next) => {
      setBindings(next);
      saveKeyBindings(next);
    },
  ];
}
