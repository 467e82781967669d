import type { Editor } from '@tiptap/core';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

/** Runs an edit as its own step of the editor's undo, never merged with the typing around it. */
export function asOwnUndoStep<T>(editor: Editor, edit: () => T): T {
  const undoManager: Y.UndoManager | undefined = yUndoPluginKey.getState(editor.state)?.undoManager;
  undoManager?.stopCapturing();
  const result = edit();
  undoManager?.stopCapturing();
  return result;
}
