import type { DecorationAttrs } from '@tiptap/pm/view';

/** Another editor's caret in the guidelines: a bar in their colour with their name above it. */
export function renderPeerCaret(user: Record<string, unknown>): HTMLElement {
  const colour = typeof user.color === 'string' ? user.color : 'transparent';
  const caret = document.createElement('span');
  caret.className = 'guidelines-caret';
  caret.style.borderColor = colour;
  const label = document.createElement('span');
  label.className = 'guidelines-caret-label';
  label.style.backgroundColor = colour;
  label.textContent = typeof user.name === 'string' ? user.name : 'someone';
  caret.append(label);
  return caret;
}

/** Another editor's selection in the guidelines: their colour, faint. */
export function renderPeerSelection(user: Record<string, unknown>): DecorationAttrs {
  const colour =
    typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : null;
  return colour ? { style: `background-color: ${colour}33` } : {};
}
