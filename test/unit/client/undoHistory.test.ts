import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createEditorCommands } from '../../../client/commands/EditorCommands.ts';
import { createUndoHistory } from '../../../client/commands/createUndoHistory.ts';
import { REMOTE_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';

/** Two clients whose documents exchange every update, as the server would relay them. */
function twoClients() {
  const docs = [new Y.Doc(), new Y.Doc()] as const;
  for (const [from, to] of [
    [docs[0], docs[1]],
    [docs[1], docs[0]],
  ] as const) {
    from.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE_ORIGIN) Y.applyUpdate(to, update, REMOTE_ORIGIN);
    });
  }
  const client = (doc: Y.Doc, userId: string) => ({
    doc,
    commands: createEditorCommands({ doc, author: () => ({ userId, nowMs: 0 }) }),
    undo: createUndoHistory(doc, { captureTimeoutMs: 0 }),
  });
  return [client(docs[0], 'ann'), client(docs[1], 'ben')] as const;
}

const box = { x: 0, y: 0, w: 20, h: 20 };

function value<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('per-user undo', () => {
  it("never removes another client's edit", () => {
    const [ann, ben] = twoClients();
    value(ann.commands.createBoxTrack({ frame: 0, box, labelId: null, id: 'annTrack' }));
    value(ben.commands.createBoxTrack({ frame: 0, box, labelId: null, id: 'benTrack' }));
    expect(ann.undo.undo()).toBe(true);
    expect(ann.undo.undo()).toBe(false);
    for (const client of [ann, ben]) {
      expect(readLayer(client.doc).tracks.map((track) => track.id)).toEqual(['benTrack']);
    }
  });

  it("undoes one's own relabel but keeps the move another person made to the same track", () => {
    const [ann, ben] = twoClients();
    const id = value(ann.commands.createBoxTrack({ frame: 0, box, labelId: 'car', id: 't1' }));
    ann.undo.stopCapturing();
    value(ann.commands.setTrackLabel(id, 'bus'));
    value(ben.commands.setBoxAtFrame(id, 0, { ...box, x: 50 }));
    expect(ann.undo.undo()).toBe(true);
    const [track] = readLayer(ben.doc).tracks;
    expect(track?.labelId).toBe('car');
    expect(track?.keyframes[0]?.box.x).toBe(50);
  });

  it('redoes an undone step and tells listeners the stacks changed', () => {
    const [ann] = twoClients();
    let changes = 0;
    ann.undo.subscribe(() => changes++);
    value(ann.commands.createSegment({ tierId: 't', startMs: 0, endMs: 100, id: 's1' }));
    expect(ann.undo.canUndo()).toBe(true);
    ann.undo.undo();
    expect(readLayer(ann.doc).segments).toEqual([]);
    expect(ann.undo.canRedo()).toBe(true);
    ann.undo.redo();
    expect(readLayer(ann.doc).segments.map((segment) => segment.id)).toEqual(['s1']);
    expect(changes).toBeGreaterThanOrEqual(3);
  });

  it('does nothing while the layer is read-only', () => {
    const doc = new Y.Doc();
    let writable = true;
    const commands = createEditorCommands({ doc, author: () => ({ userId: 'ann', nowMs: 0 }) });
    const undo = createUndoHistory(doc, { canWrite: () => writable });
    value(commands.createSegment({ tierId: 't', startMs: 0, endMs: 100 }));
    writable = false;
    expect(undo.canUndo()).toBe(false);
    expect(undo.undo()).toBe(false);
    expect(readLayer(doc).segments).toHaveLength(1);
  });
});
