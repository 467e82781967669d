import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { followDocument } from '../../../client/guidelines/followDocument.ts';

describe('a document that follows another one way', () => {
  it('starts with the source’s content and receives every later change', () => {
    const source = new Y.Doc();
    source.getMap('notes').set('first', 1);
    const copy = followDocument(source);

    source.getMap('notes').set('second', 2);

    expect(copy.doc.getMap('notes').toJSON()).toEqual({ first: 1, second: 2 });
  });

  it('never sends its own changes back to the source', () => {
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on('update', (update: Uint8Array) => updates.push(update));
    const copy = followDocument(source);

    copy.doc.getMap('notes').set('local', true);

    expect(updates).toEqual([]);
    expect(source.getMap('notes').has('local')).toBe(false);
  });

  it('stops following once disposed', () => {
    const source = new Y.Doc();
    const copy = followDocument(source);
    copy.dispose();

    source.getMap('notes').set('late', 1);

    expect(copy.doc.getMap('notes').has('late')).toBe(false);
  });
});
