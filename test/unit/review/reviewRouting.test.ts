import { describe, expect, it } from 'vitest';
import { reviewDocumentsOf } from '../../../client/review/reviewDocumentsOf.ts';
import { chooseWorkLayer } from '../../../client/session/chooseWorkLayer.ts';
import { layerEditorPath, parseRoute, reviewPath } from '../../../client/ui/Route.ts';
import { blindAssignment, grant, itemDetail } from './reviewDetail.ts';

const reviewerDetail = itemDetail(
  [
    grant('main', 'read'),
    grant('a.zed', 'read'),
    grant('a.ann', 'read'),
    grant('final', 'write'),
    grant('review', 'write'),
    grant('review.ann', 'write'),
    grant('agreement', 'read'),
  ],
  [blindAssignment('ann', 'u-ann', 'Ann'), blindAssignment('zed', 'u-zed', '')],
);

describe('the review page’s address and documents', () => {
  it('reads and writes the review path and the editor on a named layer', () => {
    expect(parseRoute(reviewPath('demo', 'street'))).toEqual({
      page: 'review',
      projectId: 'demo',
      itemId: 'street',
    });
    const [path, search] = layerEditorPath('demo', 'street', 'final').split('?');
    expect(parseRoute(path as string, `?${search}`)).toEqual({
      page: 'editor',
      projectId: 'demo',
      itemId: 'street',
      layer: 'final',
    });
    expect(parseRoute('/p/demo/i/street', '?layer=Not%20a%20layer')).toEqual({
      page: 'editor',
      projectId: 'demo',
      itemId: 'street',
    });
    expect(parseRoute('/p/demo/i/street/reviews').page).toBe('notFound');
  });

  it('compares every assignment layer it may read, in name order, named after its annotator', () => {
    const chosen = reviewDocumentsOf(reviewerDetail);
    if (!chosen.ok) throw new Error(chosen.error);
    expect(chosen.value.compared.map((each) => [each.access.layer, each.who])).toEqual([
      ['a.ann', 'Ann'],
      ['a.zed', 'u-zed'],
    ]);
    expect(new Set(chosen.value.compared.map((each) => each.colour)).size).toBe(2);
    expect(chosen.value.final?.access.access).toBe('write');
    expect(chosen.value.review?.access).toBe('write');
    expect(chosen.value.agreement.layer).toBe('agreement');
    expect(chosen.value.schema?.layer).toBe('schema');
  });

  it('refuses, saying who can, when the user may not see the disagreements', () => {
    const blind = itemDetail([grant('a.ann', 'write')], [blindAssignment('ann', 'u-ann', 'Ann')]);
    expect(reviewDocumentsOf(blind)).toEqual({
      ok: false,
      error:
        'you cannot see the disagreements of item clip: reviewers and trainers can, and annotators once no work on it is blind',
    });
  });

  it('opens the layer asked for in the editor, and refuses one the user may not open', () => {
    expect(chooseWorkLayer(reviewerDetail, 'u-rae', 'final')).toEqual({
      ok: true,
      value: { access: grant('final', 'write'), blind: false },
    });
    expect(chooseWorkLayer(reviewerDetail, 'u-rae', 'gold')).toEqual({
      ok: false,
      error: 'you cannot open layer gold of item clip: ask a project admin or trainer for access',
    });
    expect(chooseWorkLayer(reviewerDetail, 'u-ann', 'a.ann')).toMatchObject({
      ok: true,
      value: { blind: true },
    });
  });
});
