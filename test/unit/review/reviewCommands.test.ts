import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCommentThreads } from '../../../shared/agreement/commentThread.ts';
import type { Disagreement } from '../../../shared/agreement/Disagreement.ts';
import { readProvenance } from '../../../shared/agreement/finalProvenance.ts';
import { readDecisions, readItemStatus } from '../../../shared/agreement/reviewDocument.ts';
import { readPeople } from '../../../shared/agreement/reviewPeople.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { createTrack } from '../../../shared/doc/writeRecords.ts';
import { describeDecision } from '../../../client/review/describeDecision.ts';
import { createReviewCommands } from '../../../client/review/ReviewCommands.ts';

const rae = { userId: 'u-rae', name: 'Rae' };

function setup(rights: { final: boolean; review: boolean } = { final: true, review: true }) {
  const ann = new Y.Doc();
  const ben = new Y.Doc();
  const box = { x: 10, y: 10, w: 50, h: 40 };
  createTrack(
    ben,
    { id: 'b1', labelId: 'car', frame: 4, box },
    { userId: 'u-ben', nowMs: 1 },
    LOCAL_ORIGIN,
  );
  const final = new Y.Doc();
  const review = new Y.Doc();
  let ids = 0;
  const commands = createReviewCommands({
    review,
    final,
    layerDoc: (layer) => ({ 'a.ann': ann, 'a.ben': ben })[layer] ?? null,
    me: rae,
    canWriteFinal: () => rights.final,
    canWriteReview: () => rights.review,
    newId: () => `id${(ids += 1)}`,
    nowMs: () => 60_000,
  });
  return { ann, ben, final, review, commands };
}

const extra: Disagreement = {
  id: 'd-extra',
  kind: 'extra',
  severity: 1,
  layers: ['a.ann', 'a.ben'],
  objectIds: ['b1'],
  location: { frames: { first: 4, last: 4 } },
  labelId: 'car',
  message: 'only a.ben has this',
};

describe('the review page’s commands', () => {
  it('accepts a layer’s version into final and records the decision, its author and provenance', () => {
    const { ben, final, review, commands } = setup();
    expect(commands.acceptLayerVersion(extra, 'a.ben')).toEqual({
      ok: true,
      value: { copied: ['b1'], removed: [] },
    });
    expect(readLayer(final).tracks).toEqual(readLayer(ben).tracks);
    expect(readProvenance(final).get('b1')).toMatchObject({ sourceLayer: 'a.ben', decidedBy: rae });
    const decision = readDecisions(review).get('d-extra');
    expect(decision).toMatchObject({ verdict: 'resolved', by: 'u-rae', atMs: 60_000 });
    expect(readPeople(review).get('u-rae')).toBe('Rae');
    const names = {
      personOf: (id: string) => readPeople(review).get(id) ?? id,
      whoOf: (layer: string) => (layer === 'a.ben' ? 'Ben' : layer),
      clock: () => '16:05',
    };
    expect(describeDecision(decision!, [...readProvenance(final).values()], names)).toBe(
      'resolved: from a.ben (Ben) by Rae, 16:05',
    );
  });

  it('takes the object out of final when the layer that lacks it is accepted', () => {
    const { final, review, commands } = setup();
    commands.acceptLayerVersion(extra, 'a.ben');
    expect(commands.acceptLayerVersion(extra, 'a.ann')).toEqual({
      ok: true,
      value: { copied: [], removed: ['b1'] },
    });
    expect(readLayer(final).tracks).toEqual([]);
    expect(readDecisions(review).get('d-extra')?.note).toBe("accepted a.ann's version; removed b1");
  });

  it('refuses, saying why, to write what the user may not, and a layer that is not in the disagreement', () => {
    const trainer = setup({ final: false, review: true });
    expect(trainer.commands.acceptLayerVersion(extra, 'a.ben')).toEqual({
      ok: false,
      error: 'only reviewers and admins write the final layer; you can look at it',
    });
    expect(trainer.commands.markBothAcceptable(extra).ok).toBe(true);
    expect(readDecisions(trainer.review).get('d-extra')?.verdict).toBe('both-acceptable');
    const annotator = setup({ final: false, review: false });
    expect(annotator.commands.startComment({ kind: 'frame', frame: 1 }, 'hi')).toMatchObject({
      ok: false,
      error: expect.stringContaining('only reviewers, trainers and admins'),
    });
    expect(setup().commands.acceptLayerVersion(extra, 'gold')).toEqual({
      ok: false,
      error: 'gold is not one of the layers that disagree here (a.ann and a.ben)',
    });
  });

  it('moves the status with who moved it, and explains a refused move', () => {
    const { review, commands } = setup();
    expect(commands.moveStatus('accepted')).toEqual({
      ok: false,
      error: 'an item in annotate cannot move to accepted; it can move to review',
    });
    expect(readPeople(review).size).toBe(0);
    expect(commands.moveStatus('review').ok).toBe(true);
    expect(readItemStatus(review).changes).toEqual([
      { status: 'review', from: 'annotate', by: 'u-rae', atMs: 60_000 },
    ]);
  });

  it('starts, answers and resolves comment threads as the user', () => {
    const { review, commands } = setup();
    const started = commands.startComment(
      { kind: 'object', layer: 'a.ben', objectId: 'b1', frame: 4 },
      'Why a car?',
    );
    if (!started.ok) throw new Error(started.error);
    expect(commands.replyToComment(started.value.id, 'It is a van.').ok).toBe(true);
    expect(commands.resolveComment(started.value.id, true).ok).toBe(true);
    const [thread] = readCommentThreads(review);
    expect(thread).toMatchObject({
      resolved: true,
      comments: [
        { text: 'Why a car?', author: rae },
        { text: 'It is a van.', author: rae },
      ],
    });
  });
});
