import * as Y from 'yjs';
import { objectsOf } from '../../shared/doc/layerRoots.ts';
import { instructionsOf } from '../../shared/doc/writeInstructions.ts';
import { linksOf } from '../../shared/doc/writeLinks.ts';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';

/** One user's undo and redo of their own edits on a layer; other people's edits are never undone. */
export interface UndoHistory {
  /** Reverts this user's last step; false when there is none or the layer is read-only. */
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Ends the current step, so the next edit is undone on its own even within the capture window. */
  stopCapturing(): void;
  /** Calls the listener whenever the undo or redo stack changes. */
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

/** Options of an undo history. */
export interface UndoHistoryOptions {
  /**
   * Edits closer together than this become one undo step.
   * @default 300
   */
  captureTimeoutMs?: number;
  /** @default () => true */
  canWrite?: () => boolean;
}

/** An undo history over the layer's `objects`, `links` and `instructions` that tracks only this client's local-origin edits. */
export function createUndoHistory(doc: Y.Doc, options: UndoHistoryOptions = {}): UndoHistory {
  const manager = new Y.UndoManager([objectsOf(doc), linksOf(doc), instructionsOf(doc)], {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: options.captureTimeoutMs ?? 300,
  });
  const canWrite = options.canWrite ?? (() => true);
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  const stackEvents = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
  for (const event of stackEvents) manager.on(event, notify);
  return {
    undo: () => canWrite() && manager.undo() !== null,
    redo: () => canWrite() && manager.redo() !== null,
    canUndo: () => canWrite() && manager.canUndo(),
    canRedo: () => canWrite() && manager.canRedo(),
    stopCapturing: () => manager.stopCapturing(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      for (const event of stackEvents) manager.off(event, notify);
      listeners.clear();
      manager.destroy();
    },
  };
}
