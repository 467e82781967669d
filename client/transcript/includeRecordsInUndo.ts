import type * as Y from 'yjs';
import { objectsOf } from '../../shared/doc/layerRoots.ts';

/**
 * Widens the transcript editor's collaborative undo from the text to the records, so undoing a split,
 * merge or insert restores text and segments together. It still tracks only the editor's own origin:
 * timeline edits (local origin) and other people's edits are never undone from the transcript.
 */
export function includeRecordsInUndo(undoManager: Y.UndoManager, doc: Y.Doc): void {
  undoManager.addToScope(objectsOf(doc));
}
