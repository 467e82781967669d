import { useState } from 'react';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { ShortcutAction } from './editorShortcuts.ts';
import { EDITOR_SHORTCUTS } from './editorShortcuts.ts';
import type { KeyBindings } from './keyBindings.ts';
import { bindingConflicts, boundKeyOf, checkBinding } from './keyBindings.ts';
import { PANE_SHORTCUTS } from './paneShortcuts.ts';

/**
 * Every hotkey of the editor, including the project's label hotkeys. A one-letter shortcut can be
 * given another key (click it, press the new key); a key another action or a label already has is
 * refused, naming who has it.
 */
export function ShortcutSheet(props: {
  labels: readonly Label[];
  bindings: KeyBindings;
  onBindings: (bindings: KeyBindings) => void;
  onClose: () => void;
}) {
  const labelled = props.labels.filter((label) => label.hotkey !== null);
  const [capturing, setCapturing] = useState<ShortcutAction | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const conflicts = bindingConflicts(props.bindings, props.labels);
  const capture = (action: ShortcutAction, key: string) => {
    setCapturing(null);
    if (key === 'Escape') return setProblem(null);
    const checked = checkBinding(action, key, props.bindings, props.labels);
    if (!checked.ok) return setProblem(checked.error);
    setProblem(null);
    props.onBindings(checked.value);
  };
  return (
    <div className="sheet-backdrop" onClick={props.onClose}>
      <section
        className="sheet"
        role="dialog"
        aria-label="Keyboard shortcuts"
        data-testid="shortcut-sheet"
        onClick={(event) => event.stopPropagation()}
      >
        <header>
          <h2>Keyboard shortcuts</h2>
          <button type="button" onClick={props.onClose} aria-label="Close">
            ×
          </button>
        </header>
        {problem && (
          <p className="error" role="alert" data-testid="rebind-problem">
            {problem}
          </p>
        )}
        {conflicts.length > 0 && (
          <p className="error" data-testid="hotkey-conflicts">
            Keys with two meanings: {conflicts.join('; ')}
          </p>
        )}
        {Object.keys(props.bindings).length > 0 && (
          <button type="button" data-testid="rebind-reset" onClick={() => props.onBindings({})}>
            Back to the default keys
          </button>
        )}
        <table>
          <tbody>
            {EDITOR_SHORTCUTS.map((shortcut) => {
              const key = boundKeyOf(shortcut.action, props.bindings);
              return (
                <tr key={shortcut.action}>
                  <th>
                    {key === null ? (
                      <kbd>{shortcut.keys}</kbd>
                    ) : (
                      <button
                        type="button"
                        className="rebind"
                        data-testid={`rebind-${shortcut.action}`}
                        title="Click, then press the new key (Escape keeps this one)"
                        onClick={() => setCapturing(shortcut.action)}
                        onKeyDown={(event) => {
                          if (capturing !== shortcut.action) return;
                          event.preventDefault();
                          event.stopPropagation();
                          capture(shortcut.action, event.key);
                        }}
                      >
                        <kbd>{capturing === shortcut.action ? '…' : key.toUpperCase()}</kbd>
                      </button>
                    )}
                  </th>
                  <td>{shortcut.description}</td>
                </tr>
              );
            })}
            {labelled.map((label) => (
              <tr key={label.id}>
                <th>
                  <kbd>{label.hotkey}</kbd>
                </th>
                <td>
                  Label the selection (or the next box) <em>{label.name}</em>
                </td>
              </tr>
            ))}
            {PANE_SHORTCUTS.map((shortcut) => (
              <tr key={`${shortcut.pane}:${shortcut.keys}`}>
                <th>
                  <kbd>{shortcut.keys}</kbd>
                </th>
                <td>
                  <span className="muted">{shortcut.pane}:</span> {shortcut.description}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">
          Hotkeys are off while you type in the transcript or a field; there Ctrl+Z undoes the text.
        </p>
      </section>
    </div>
  );
}
