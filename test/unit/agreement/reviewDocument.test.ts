import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  decide,
  moveItemStatus,
  readDecisions,
  readItemStatus,
} from '../../../shared/agreement/reviewDocument.ts';

const vic = { userId: 'vic', nowMs: 1_000 };

describe('item status and review decisions', () => {
  it('moves annotate → review → rework → review → accepted, recording who moved it', () => {
    const doc = new Y.Doc();
    expect(readItemStatus(doc).status).toBe('annotate');
    for (const status of ['review', 'rework', 'review', 'accepted'] as const) {
      expect(moveItemStatus(doc, status, vic, 'local').ok).toBe(true);
    }
    const { status, changes } = readItemStatus(doc);
    expect(status).toBe('accepted');
    expect(changes.map((change) => `${change.from}→${change.status}`)).toEqual([
      'annotate→review',
      'review→rework',
      'rework→review',
      'review→accepted',
    ]);
    expect(changes.every((change) => change.by === 'vic')).toBe(true);
  });

  it('refuses a move the workflow does not allow, naming the allowed ones', () => {
    const doc = new Y.Doc();
    expect(moveItemStatus(doc, 'accepted', vic, 'local')).toEqual({
      ok: false,
      error: 'an item in annotate cannot move to accepted; it can move to review',
    });
    expect(readItemStatus(doc).changes).toEqual([]);
  });

  it('keeps decisions by disagreement id, the latest one winning', () => {
    const doc = new Y.Doc();
    decide(
      doc,
      { disagreementId: 'd1', verdict: 'both-acceptable', by: 'vic', atMs: 1, note: '' },
      'local',
    );
    decide(
      doc,
      { disagreementId: 'd1', verdict: 'resolved', by: 'rex', atMs: 2, note: 'took ann' },
      'local',
    );
    expect([...readDecisions(doc).values()]).toEqual([
      { disagreementId: 'd1', verdict: 'resolved', by: 'rex', atMs: 2, note: 'took ann' },
    ]);
  });
});
