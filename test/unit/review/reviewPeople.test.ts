import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { allowedItemMoves } from '../../../shared/agreement/reviewDocument.ts';
import { notePerson, readPeople } from '../../../shared/agreement/reviewPeople.ts';

describe('the people of a review', () => {
  it('remembers names by user id and writes nothing when the name is known', () => {
    const doc = new Y.Doc();
    let updates = 0;
    doc.on('update', () => (updates += 1));
    notePerson(doc, { userId: 'u-rae', name: 'Rae' }, 'local');
    notePerson(doc, { userId: 'u-rae', name: 'Rae' }, 'local');
    notePerson(doc, { userId: '', name: 'nobody' }, 'local');
    expect(updates).toBe(1);
    expect(readPeople(doc)).toEqual(new Map([['u-rae', 'Rae']]));
  });

  it('offers the moves the review workflow allows from each status', () => {
    expect(allowedItemMoves('annotate')).toEqual(['review']);
    expect(allowedItemMoves('review')).toEqual(['accepted', 'rework']);
    expect(allowedItemMoves('accepted')).toEqual(['rework']);
  });
});
