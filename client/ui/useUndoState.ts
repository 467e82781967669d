import { useSyncExternalStore } from 'react';
import type { UndoHistory } from '../commands/createUndoHistory.ts';

/** Whether undo and redo are available now, re-rendering when the history changes. */
export function useUndoState(undo: UndoHistory): { canUndo: boolean; canRedo: boolean } {
  const state = useSyncExternalStore(undo.subscribe, () => `${undo.canUndo()} ${undo.canRedo()}`);
  const [canUndo, canRedo] = state.split(' ');
  return { canUndo: canUndo === 'true', canRedo: canRedo === 'true' };
}
