import { Extension } from '@tiptap/core';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { includeRecordsInUndo } from './includeRecordsInUndo.ts';

/** Extends Collaboration's undo to the layer's records once the editor exists. */
export const TranscriptUndoScope = Extension.create<{ doc: Y.Doc | null }>({
  name: 'transcriptUndoScope',
  addOptions() {
    return { doc: null };
  },
  onCreate() {
    const undoManager: Y.UndoManager | undefined = yUndoPluginKey.getState(
      this.editor.state,
    )?.undoManager;
    if (undoManager && this.options.doc) includeRecordsInUndo(undoManager, this.options.doc);
  },
});
