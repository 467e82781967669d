import { describe, expect, it } from 'vitest';
import {
  assignmentLayerOf,
  layerKindOf,
  reviewThreadLayerOf,
} from '../../../shared/doc/layerKind.ts';
import { LAYER_PATTERN } from '../../../shared/schema/ids.ts';

describe('layerKindOf', () => {
  it.each([
    ['main', { kind: 'main' }],
    ['gold', { kind: 'gold' }],
    ['final', { kind: 'final' }],
    ['review', { kind: 'review' }],
    ['agreement', { kind: 'agreement' }],
    ['a.x7k2', { kind: 'assignment', assignmentId: 'x7k2' }],
    ['review.x7k2', { kind: 'reviewThread', assignmentId: 'x7k2' }],
    ['model.yolo-v8.1', { kind: 'model', modelName: 'yolo-v8.1' }],
  ])('reads %s as %j', (layer, kind) => {
    expect(layerKindOf(layer)).toEqual(kind);
  });

  it.each(['a.', 'a.x.y', 'review.', 'review.a.b', 'model.', 'mainly', 'constructor', 'toString'])(
    'reads %s as a layer no rule knows',
    (layer) => {
      expect(layerKindOf(layer)).toEqual({ kind: 'unknown' });
    },
  );

  it('names the layers of the longest assignment id within the layer grammar', () => {
    const longest = `a${'9'.repeat(56)}`;
    expect(layerKindOf(reviewThreadLayerOf(longest))).toEqual({
      kind: 'reviewThread',
      assignmentId: longest,
    });
    expect(reviewThreadLayerOf(longest)).toMatch(LAYER_PATTERN);
    expect(assignmentLayerOf(longest)).toMatch(LAYER_PATTERN);
  });
});
