import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  MAX_COMMENT_CHARACTERS,
  readCommentThreads,
} from '../../../shared/agreement/commentThread.ts';
import {
  replyToCommentThread,
  setCommentThreadResolved,
  startCommentThread,
} from '../../../shared/agreement/commentThreads.ts';

const rae = { person: { userId: 'u-rae', name: 'Rae' }, nowMs: 1_000 };
const tess = { person: { userId: 'u-tess', name: 'Tess' }, nowMs: 2_000 };

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('comment threads in the review document', () => {
  it('pins threads to an object, a frame or a time range and reads them back oldest first', () => {
    const doc = new Y.Doc();
    const anchors = [
      { kind: 'time', startMs: 1_200, endMs: 2_400 },
      { kind: 'object', layer: 'a.ann1', objectId: 'track-7', frame: 40 },
      { kind: 'frame', frame: 12 },
    ] as const;
    anchors.forEach((anchor, index) => {
      const started = startCommentThread(
        doc,
        { threadId: `th${index}`, commentId: `c${index}`, anchor, text: `  look here ${index} ` },
        { ...rae, nowMs: 100 * (3 - index) },
        'local',
      );
      expect(started.ok).toBe(true);
    });
    const threads = readCommentThreads(doc);
    expect(threads.map((thread) => thread.id)).toEqual(['th2', 'th1', 'th0']);
    expect(threads[2]).toMatchObject({
      anchor: anchors[0],
      resolved: false,
      resolution: null,
      comments: [{ id: 'c0', author: rae.person, atMs: 300, text: 'look here 0' }],
    });
  });

  it('keeps the replies of two reviewers writing at once, and the participants in order', () => {
    const left = new Y.Doc();
    const right = new Y.Doc();
    startCommentThread(
      left,
      {
        threadId: 'th',
        commentId: 'c1',
        anchor: { kind: 'frame', frame: 3 },
        text: 'Is this a car?',
      },
      rae,
      'local',
    );
    sync(left, right);
    expect(
      replyToCommentThread(left, 'th', { commentId: 'c2', text: 'A van.' }, rae, 'local').ok,
    ).toBe(true);
    expect(
      replyToCommentThread(right, 'th', { commentId: 'c3', text: 'Label it car.' }, tess, 'local')
        .ok,
    ).toBe(true);
    sync(left, right);
    const [thread] = readCommentThreads(left);
    expect(thread?.comments.map((comment) => comment.id).sort()).toEqual(['c1', 'c2', 'c3']);
    expect(readCommentThreads(right)).toEqual(readCommentThreads(left));
    expect(thread?.participants).toEqual([rae.person, tess.person]);
  });

  it('resolves and reopens a thread, keeping who did it, and refuses a move to the state it is in', () => {
    const doc = new Y.Doc();
    startCommentThread(
      doc,
      { threadId: 'th', commentId: 'c1', anchor: { kind: 'frame', frame: 3 }, text: 'check' },
      rae,
      'local',
    );
    expect(setCommentThreadResolved(doc, 'th', false, rae, 'local')).toEqual({
      ok: false,
      error: 'comment thread th is already open',
    });
    expect(setCommentThreadResolved(doc, 'th', true, tess, 'local').ok).toBe(true);
    expect(readCommentThreads(doc)[0]).toMatchObject({
      resolved: true,
      resolution: { resolved: true, by: tess.person, atMs: 2_000 },
    });
    expect(setCommentThreadResolved(doc, 'th', false, rae, 'local').ok).toBe(true);
    expect(readCommentThreads(doc)[0]?.resolution).toEqual({
      resolved: false,
      by: rae.person,
      atMs: 1_000,
    });
  });

  it('refuses empty, overlong and badly pinned comments with a reason, writing nothing', () => {
    const doc = new Y.Doc();
    const start = (anchor: unknown, text: string, threadId = 'th') =>
      startCommentThread(
        doc,
        { threadId, commentId: 'c1', anchor: anchor as never, text },
        rae,
        'local',
      );
    expect(start({ kind: 'frame', frame: 1 }, '   ')).toEqual({
      ok: false,
      error: 'a comment needs some text',
    });
    expect(start({ kind: 'frame', frame: 1 }, 'x'.repeat(MAX_COMMENT_CHARACTERS + 1))).toEqual({
      ok: false,
      error: `a comment holds at most ${MAX_COMMENT_CHARACTERS} characters`,
    });
    expect(start({ kind: 'frame', frame: 1.5 }, 'hi')).toEqual({
      ok: false,
      error: 'the comment cannot be pinned there: a frame is a whole frame index',
    });
    expect(start({ kind: 'time', startMs: 500, endMs: 100 }, 'hi')).toEqual({
      ok: false,
      error: 'the comment cannot be pinned there: the time range ends before it starts',
    });
    expect(start({ kind: 'frame', frame: 1 }, 'hi', 'no spaces please')).toMatchObject({
      ok: false,
      error: expect.stringContaining('is not an id'),
    });
    expect(
      replyToCommentThread(doc, 'nope', { commentId: 'c9', text: 'hello' }, rae, 'local'),
    ).toEqual({
      ok: false,
      error: 'there is no comment thread nope in this review; it may have been removed',
    });
    expect(readCommentThreads(doc)).toEqual([]);
  });

  it('leaves malformed threads out when reading', () => {
    const doc = new Y.Doc();
    startCommentThread(
      doc,
      { threadId: 'ok', commentId: 'c1', anchor: { kind: 'frame', frame: 3 }, text: 'fine' },
      rae,
      'local',
    );
    doc.getMap('comments').set('junk', 'not a thread');
    const broken = new Y.Map<unknown>();
    doc.getMap('comments').set('broken', broken);
    broken.set('anchor', { kind: 'frame', frame: -1 });
    expect(readCommentThreads(doc).map((thread) => thread.id)).toEqual(['ok']);
  });
});
