import { describe, expect, it } from 'vitest';
import { chooseWorkLayer } from '../../../client/session/chooseWorkLayer.ts';
import type { AssignmentMode, AssignmentSummary } from '../../../shared/protocol/assignments.ts';
import type { ItemDetail, LayerAccess } from '../../../shared/protocol/http.ts';

function assignment(id: string, userId: string, mode: AssignmentMode): AssignmentSummary {
  const layer = mode === 'shared' ? 'main' : `a.${id}`;
  return {
    id,
    projectId: 'street',
    itemId: 'clip',
    userId,
    username: userId,
    mode,
    layer,
    documentName: `street/clip/${layer}`,
    createdAtMs: 0,
    revealedAtMs: null,
  };
}

function layer(name: string, access: LayerAccess['access']): LayerAccess {
  return { documentName: `street/clip/${name}`, layer: name, access };
}

function detail(layers: LayerAccess[], assignments: AssignmentSummary[]): ItemDetail {
  return {
    id: 'clip',
    projectId: 'street',
    name: 'clip',
    media: null,
    role: 'annotator',
    layers,
    projectDocuments: [],
    assignments,
  };
}

describe('chooseWorkLayer', () => {
  it('opens a blind annotator’s own layer and says she works blind', () => {
    const chosen = chooseWorkLayer(
      detail([layer('a.one', 'write')], [assignment('one', 'ada', 'blind')]),
      'ada',
    );
    expect(chosen).toEqual({ ok: true, value: { access: layer('a.one', 'write'), blind: true } });
  });

  it('opens the newest own layer the server lets her write, once revealed no longer blind', () => {
    const chosen = chooseWorkLayer(
      detail(
        [layer('main', 'write'), layer('a.old', 'write'), layer('a.new', 'write')],
        [assignment('old', 'ada', 'revealed'), assignment('new', 'ada', 'revealed')],
      ),
      'ada',
    );
    expect(chosen).toEqual({ ok: true, value: { access: layer('a.new', 'write'), blind: false } });
  });

  it('opens main for shared work, for others’ layers and for layers she may only read', () => {
    const chosen = chooseWorkLayer(
      detail(
        [layer('main', 'write'), layer('a.bob', 'read'), layer('a.mine', 'read')],
        [
          assignment('bob', 'bob', 'revealed'),
          assignment('mine', 'ada', 'revealed'),
          assignment('team', 'ada', 'shared'),
        ],
      ),
      'ada',
    );
    expect(chosen).toEqual({ ok: true, value: { access: layer('main', 'write'), blind: false } });
  });

  it('says what to do when there is no layer to open', () => {
    const chosen = chooseWorkLayer(detail([], []), 'ada');
    expect(chosen.ok).toBe(false);
    if (!chosen.ok) expect(chosen.error).toMatch(/no layer of item clip to open/);
  });
});
