import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Disagreement } from '../../../shared/agreement/Disagreement.ts';
import { disagreementId } from '../../../shared/agreement/disagreementId.ts';
import {
  ROOT_DISAGREEMENTS,
  writeDisagreements,
} from '../../../shared/agreement/writeDisagreements.ts';

const at = { frames: { first: 10, last: 20 } };

function entry(objectIds: string[], message: string): Disagreement {
  const base = {
    kind: 'geometry' as const,
    layers: ['a.ann', 'a.ben'] as const,
    objectIds,
    location: at,
  };
  return { ...base, id: disagreementId(base), severity: 0.4, labelId: 'car', message };
}

describe('disagreement ids and the agreement document', () => {
  it('give the same id whatever the order of layers and objects, and another for another place', () => {
    const id = disagreementId({
      kind: 'label',
      layers: ['a.ann', 'a.ben'],
      objectIds: ['t2', 't1'],
      location: at,
    });
    expect(id).toMatch(/^d[0-9a-z]{11}$/);
    expect(
      disagreementId({
        kind: 'label',
        layers: ['a.ben', 'a.ann'],
        objectIds: ['t1', 't2'],
        location: at,
      }),
    ).toBe(id);
    expect(
      disagreementId({
        kind: 'label',
        layers: ['a.ann', 'a.ben'],
        objectIds: ['t1', 't2'],
        location: { frames: { first: 10, last: 21 } },
      }),
    ).not.toBe(id);
    expect(
      disagreementId({
        kind: 'geometry',
        layers: ['a.ann', 'a.ben'],
        objectIds: ['t1', 't2'],
        location: at,
      }),
    ).not.toBe(id);
    expect(
      disagreementId({
        kind: 'label',
        layers: ['a.ann', 'a.ben'],
        objectIds: ['t1', 't2'],
        location: { startMs: 10, endMs: 20 },
      }),
    ).not.toBe(id);
  });

  it('write only what changed, so a recompute that finds the same leaves the document alone', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const first = entry(['t1', 't2'], "ben's box is 38% off ann's");
    const second = entry(['t3'], 'missing in a.ben');
    expect(writeDisagreements(doc, [first, second], 'server')).toBe(2);
    expect(writeDisagreements(doc, [second, first], 'server')).toBe(0);
    expect(updates).toHaveLength(1);
    const moved = { ...first, message: "ben's box is 12% off ann's", severity: 0.1 };
    expect(writeDisagreements(doc, [moved], 'server')).toBe(2);
    expect(doc.getMap(ROOT_DISAGREEMENTS).toJSON()).toEqual({ [first.id]: moved });
  });
});
