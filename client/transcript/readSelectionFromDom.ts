import type { Editor } from '@tiptap/core';

/** The part of ProseMirror's view that is not in its typings: the observer of DOM changes. */
interface ObservedView {
  domObserver?: { flush(): void };
}

/**
 * Makes the editor's selection match the DOM before a key handler reads it. A caret moved by the
 * browser (Home, arrows, a click) reaches ProseMirror on `selectionchange`, which can arrive after
 * the next keydown when keys come fast; the handler would then act on the old caret.
 */
export function readSelectionFromDom(editor: Editor): void {
  (editor.view as unknown as ObservedView).domObserver?.flush();
}
