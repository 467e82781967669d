import type { Label } from '../../shared/schema/labelSchema.ts';
import { EDITOR_SHORTCUTS } from './editorShortcuts.ts';
import { PANE_SHORTCUTS } from './paneShortcuts.ts';

/** Every hotkey of the editor, including the project's label hotkeys. */
export function ShortcutSheet(props: { labels: readonly Label[]; onClose: () => void }) {
  const labelled = props.labels.filter((label) => label.hotkey !== null);
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
        <table>
          <tbody>
            {EDITOR_SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.action}>
                <th>
                  <kbd>{shortcut.keys}</kbd>
                </th>
                <td>{shortcut.description}</td>
              </tr>
            ))}
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
