import type { DecorationAttrs } from '@tiptap/pm/view';

/** Another user's caret: a coloured bar with their name above it. */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const colour = typeof user.color === 'string' ? user.color : 'transparent';
  const caret = document.createElement('span');
  caret.className = 'transcript-caret';
  caret.style.borderColor = colour;
  const label = document.createElement('span');
  label.className = 'transcript-caret-label';
  label.style.backgroundColor = colour;
  label.textContent = typeof user.name === 'string' ? user.name : 'someone';
  caret.append(label);
  return caret;
}

/** Another user's selection: their colour, faint. */
export function renderCaretSelection(user: Record<string, unknown>): DecorationAttrs {
  const colour = typeof user.color === 'string' && user.color.startsWith('#') ? user.color : null;
  return colour
    ? { class: 'transcript-remote-selection', style: `background-color: ${colour}33` }
    : {};
}
