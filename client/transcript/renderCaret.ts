import type { DecorationAttrs } from '@tiptap/pm/view';

/** How another user's caret and selection are drawn in a collaborative text, by class prefix. */
export function peerCaretRenderers(classPrefix: string): {
  render: (user: Record<string, unknown>) => HTMLElement;
  selectionRender: (user: Record<string, unknown>) => DecorationAttrs;
} {
  return {
    /** A coloured bar with their name above it. */
    render(user) {
      const colour = typeof user.color === 'string' ? user.color : 'transparent';
      const caret = document.createElement('span');
      caret.className = `${classPrefix}-caret`;
      caret.style.borderColor = colour;
      const label = document.createElement('span');
      label.className = `${classPrefix}-caret-label`;
      label.style.backgroundColor = colour;
      label.textContent = typeof user.name === 'string' ? user.name : 'someone';
      caret.append(label);
      return caret;
    },
    /** Their selection: their colour, faint. */
    selectionRender(user) {
      const colour =
        typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : null;
      return colour
        ? { class: `${classPrefix}-remote-selection`, style: `background-color: ${colour}33` }
        : {};
    },
  };
}

const TRANSCRIPT = peerCaretRenderers('transcript');

/** Another user's caret in the transcript. */
export const renderCaret = TRANSCRIPT.render;

/** Another user's selection in the transcript. */
export const renderCaretSelection = TRANSCRIPT.selectionRender;
