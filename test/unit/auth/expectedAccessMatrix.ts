import type { Access, Role } from '../../../shared/protocol/http.ts';

/** The states an item's assignments can be in, as the matrix walks them. */
export const ASSIGNMENT_STATES = ['none', 'blind', 'revealed'] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];

/**
 * The kinds of document the matrix walks. `own` and `other` name the subject's assignment and
 * another annotator's; in state `none` no assignment exists, so they name none.
 */
export const MATRIX_LAYERS = [
  'main',
  'a.own',
  'a.other',
  'gold',
  'final',
  'model',
  'review',
  'review.own',
  'review.other',
  'agreement',
  'schema',
  'guidelines',
] as const;
export type MatrixLayer = (typeof MATRIX_LAYERS)[number];

/**
 * DESIGN.md's layer table, written out by hand. In state `blind` (`revealed`) the subject holds
 * one blind (revealed) assignment on the item and so does another annotator. One letter per
 * state, in the order none, blind, revealed: w write, r read, - nothing.
 */
export const EXPECTED_ACCESS: Record<MatrixLayer, Record<Role, string>> = {
  main: { admin: 'www', trainer: 'www', reviewer: 'rrr', annotator: 'w-w', viewer: 'r-r' },
  'a.own': { admin: '-ww', trainer: '-ww', reviewer: '-ww', annotator: '-ww', viewer: '-rr' },
  'a.other': { admin: '-rr', trainer: '-rr', reviewer: '-rr', annotator: '--r', viewer: '--r' },
  gold: { admin: 'www', trainer: 'www', reviewer: '---', annotator: '--r', viewer: '--r' },
  final: { admin: 'www', trainer: 'rrr', reviewer: 'www', annotator: 'r-r', viewer: 'r-r' },
  model: { admin: 'rrr', trainer: 'rrr', reviewer: 'rrr', annotator: 'rrr', viewer: 'rrr' },
  review: { admin: 'www', trainer: 'www', reviewer: 'www', annotator: 'r-r', viewer: 'r-r' },
  'review.own': {
    admin: '-ww',
    trainer: '-ww',
    reviewer: '-ww',
    annotator: '-ww',
    viewer: '-rr',
  },
  'review.other': {
    admin: '-ww',
    trainer: '-rr',
    reviewer: '-ww',
    annotator: '---',
    viewer: '---',
  },
  agreement: { admin: 'rrr', trainer: 'rrr', reviewer: 'rrr', annotator: 'r-r', viewer: 'r-r' },
  schema: { admin: 'www', trainer: 'www', reviewer: 'rrr', annotator: 'rrr', viewer: 'rrr' },
  guidelines: { admin: 'www', trainer: 'www', reviewer: 'rrr', annotator: 'rrr', viewer: 'rrr' },
};

const ACCESS_OF_LETTER: Record<string, Access> = { w: 'write', r: 'read', '-': 'none' };

/** The expected access of a role to a kind of document in an assignment state. */
export function expectedAccess(layer: MatrixLayer, role: Role, state: AssignmentState): Access {
  const letter = EXPECTED_ACCESS[layer][role][ASSIGNMENT_STATES.indexOf(state)] ?? '-';
  return ACCESS_OF_LETTER[letter] ?? 'none';
}
