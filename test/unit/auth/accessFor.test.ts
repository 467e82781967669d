import { describe, expect, it } from 'vitest';
import type { DocumentAddress } from '../../../shared/doc/documentName.ts';
import type { AssignmentMode } from '../../../shared/protocol/assignments.ts';
import type { Access, Role } from '../../../shared/protocol/http.ts';
import { ROLES } from '../../../shared/protocol/http.ts';
import type { ItemId, LayerId, ProjectId } from '../../../shared/schema/ids.ts';
import type { AccessSubject } from '../../../server/auth/accessFor.ts';
import { accessFor } from '../../../server/auth/accessFor.ts';
import type { AssignmentState, MatrixLayer } from './expectedAccessMatrix.ts';
import { ASSIGNMENT_STATES, expectedAccess, MATRIX_LAYERS } from './expectedAccessMatrix.ts';

const SUBJECT = 'u-subject';
const OTHER = 'u-other';
const OWN_ID = 'own1';
const OTHER_ID = 'other1';

function itemAddress(layer: string): DocumentAddress {
  return {
    scope: 'item',
    projectId: 'street' as ProjectId,
    itemId: 'clip' as ItemId,
    layer: layer as LayerId,
  };
}

function addressOf(layer: MatrixLayer): DocumentAddress {
  if (layer === 'schema' || layer === 'guidelines') {
    return { scope: 'project', projectId: 'street' as ProjectId, layer };
  }
  const names: Record<string, string> = {
    'a.own': `a.${OWN_ID}`,
    'a.other': `a.${OTHER_ID}`,
    model: 'model.tracker',
    'review.own': `review.${OWN_ID}`,
    'review.other': `review.${OTHER_ID}`,
  };
  return itemAddress(names[layer] ?? layer);
}

function subjectIn(state: AssignmentState, role: Role | null): AccessSubject {
  if (state === 'none') return { userId: SUBJECT, role, assignments: [] };
  return {
    userId: SUBJECT,
    role,
    assignments: [
      { id: OWN_ID, userId: SUBJECT, mode: state },
      { id: OTHER_ID, userId: OTHER, mode: state },
    ],
  };
}

const RANK: Record<Access, number> = { none: 0, read: 1, write: 2 };

const cells = ROLES.flatMap((role) =>
  MATRIX_LAYERS.flatMap((layer) =>
    ASSIGNMENT_STATES.map((state) => ({
      role,
      layer,
      state,
      expected: expectedAccess(layer, role, state),
    })),
  ),
);

describe('accessFor', () => {
  it.each(cells)(
    'gives a $role $expected access to $layer when assignments are $state',
    ({ role, layer, state, expected }) => {
      expect(accessFor(subjectIn(state, role), addressOf(layer))).toBe(expected);
    },
  );

  it('gives someone who is not a member of the project nothing at all', () => {
    for (const layer of MATRIX_LAYERS) {
      for (const state of ASSIGNMENT_STATES) {
        expect(accessFor(subjectIn(state, null), addressOf(layer))).toBe('none');
      }
    }
  });

  it('lets an admin do at least what a trainer and a reviewer can, everywhere', () => {
    for (const layer of MATRIX_LAYERS) {
      for (const state of ASSIGNMENT_STATES) {
        const address = addressOf(layer);
        const admin = RANK[accessFor(subjectIn(state, 'admin'), address)];
        expect(admin).toBeGreaterThanOrEqual(RANK[accessFor(subjectIn(state, 'trainer'), address)]);
        expect(admin).toBeGreaterThanOrEqual(
          RANK[accessFor(subjectIn(state, 'reviewer'), address)],
        );
      }
    }
  });

  it('never lets a viewer write, nor anyone write a model layer or the agreement', () => {
    for (const state of ASSIGNMENT_STATES) {
      for (const layer of MATRIX_LAYERS) {
        expect(accessFor(subjectIn(state, 'viewer'), addressOf(layer))).not.toBe('write');
      }
      for (const role of ROLES) {
        expect(accessFor(subjectIn(state, role), addressOf('model'))).not.toBe('write');
        expect(accessFor(subjectIn(state, role), addressOf('agreement'))).not.toBe('write');
      }
    }
  });

  it.each(['notes', 'a.', 'a.Upper', 'model.', 'review.a.b', 'a.own1.x', 'mainx'])(
    'refuses everyone the layer %s, which no rule names',
    (layer) => {
      for (const role of ROLES) {
        expect(accessFor(subjectIn('blind', role), itemAddress(layer))).toBe('none');
      }
    },
  );

  it('refuses the layers of an assignment that does not exist on the item', () => {
    const subject = subjectIn('blind', 'admin');
    expect(accessFor(subject, itemAddress('a.elsewhere'))).toBe('none');
    expect(accessFor(subject, itemAddress('review.elsewhere'))).toBe('none');
  });

  function mixed(own: AssignmentMode, other: AssignmentMode): AccessSubject {
    return {
      userId: SUBJECT,
      role: 'annotator',
      assignments: [
        { id: OWN_ID, userId: SUBJECT, mode: own },
        { id: OTHER_ID, userId: OTHER, mode: other },
      ],
    };
  }

  it('gives a shared assignment no layer of its own: its annotator writes main', () => {
    const subject = mixed('shared', 'shared');
    expect(accessFor(subject, itemAddress(`a.${OWN_ID}`))).toBe('none');
    expect(accessFor(subject, itemAddress(`review.${OWN_ID}`))).toBe('none');
    expect(accessFor(subject, itemAddress('main'))).toBe('write');
    expect(accessFor(subject, itemAddress('final'))).toBe('read');
  });

  it('keeps a trainee of a revealed session out of work still blind in a newer cohort', () => {
    const subject = mixed('revealed', 'blind');
    expect(accessFor(subject, itemAddress('gold'))).toBe('read');
    expect(accessFor(subject, itemAddress(`a.${OWN_ID}`))).toBe('write');
    expect(accessFor(subject, itemAddress(`a.${OTHER_ID}`))).toBe('none');
    expect(accessFor(subject, itemAddress('final'))).toBe('none');
    expect(accessFor(subject, itemAddress('review'))).toBe('none');
    expect(accessFor(subject, itemAddress('agreement'))).toBe('none');
    expect(accessFor(subject, itemAddress('main'))).toBe('write');
  });

  it('hides revealed work of an earlier cohort from an annotator who is blind now', () => {
    const subject = mixed('blind', 'revealed');
    expect(accessFor(subject, itemAddress(`a.${OTHER_ID}`))).toBe('none');
    expect(accessFor(subject, itemAddress('gold'))).toBe('none');
    expect(accessFor(subject, itemAddress('main'))).toBe('none');
    expect(accessFor(subject, itemAddress('model.tracker'))).toBe('read');
  });

  it('gives an annotator with no assignment on a blind item nothing of the blind work', () => {
    const subject: AccessSubject = {
      userId: SUBJECT,
      role: 'annotator',
      assignments: [{ id: OTHER_ID, userId: OTHER, mode: 'blind' }],
    };
    expect(accessFor(subject, itemAddress('main'))).toBe('write');
    expect(accessFor(subject, itemAddress(`a.${OTHER_ID}`))).toBe('none');
    expect(accessFor(subject, itemAddress('gold'))).toBe('none');
    expect(accessFor(subject, itemAddress('final'))).toBe('none');
  });
});
