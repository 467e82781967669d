import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { snapshotCovers } from '../../../server/history/snapshotCovers.ts';

function recordingDoc(): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return { doc, updates };
}

describe('whether a checkpoint snapshot covers a log entry', () => {
  it('agrees with Yjs on inserts and deletions made before and after the snapshot', () => {
    const { doc, updates } = recordingDoc();
    const objects = doc.getMap<number>('objects');
    for (let index = 0; index < 20; index += 1) objects.set(`k${index % 7}`, index);
    objects.delete('k3');
    const snapshot = Y.snapshot(doc);
    const before = updates.length;
    objects.set('k1', 100);
    objects.delete('k4');
    for (const [index, update] of updates.entries()) {
      expect(snapshotCovers(snapshot, update)).toBe(index < before);
      expect(snapshotCovers(snapshot, update)).toBe(Y.snapshotContainsUpdate(snapshot, update));
    }
  });

  it('sees a deletion-only update from another replica as new, and as covered once merged', () => {
    const { doc } = recordingDoc();
    doc.getArray<string>('list').insert(0, ['a', 'b', 'c', 'd']);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const deletions: Uint8Array[] = [];
    other.on('update', (update: Uint8Array) => deletions.push(update));
    other.getArray<string>('list').delete(1, 2);
    const deletion = deletions[0]!;
    expect(Y.parseUpdateMeta(deletion).from.size).toBe(0);
    expect(snapshotCovers(Y.snapshot(doc), deletion)).toBe(false);
    Y.applyUpdate(doc, deletion);
    expect(snapshotCovers(Y.snapshot(doc), deletion)).toBe(true);
  });
});
