import type { Role } from '../../shared/protocol/http.ts';

/**
 * When a rule applies, judged against the subject and the item's assignments:
 * - `always`
 * - `owner`: the addressed `a.<id>` or `review.<id>` is the subject's own assignment
 * - `notBlind`: the subject holds no blind assignment on the item
 * - `revealedToMe`: the addressed assignment is revealed and the subject is not blind on the item
 * - `noneBlind`: no assignment on the item is blind
 * - `revealedTrainee`: the subject holds a revealed assignment on the item and no blind one
 */
export type AccessCondition =
  'always' | 'owner' | 'notBlind' | 'revealedToMe' | 'noneBlind' | 'revealedTrainee';

/** For each role, the conditions of which any one grants the access; a missing role never gets it. */
export type RoleConditions = Partial<Record<Role, readonly AccessCondition[]>>;

/** Who may write and who may read one kind of document; writing implies reading. */
export interface LayerAccessRule {
  write: RoleConditions;
  read: RoleConditions;
}

/** Kinds of document the rules know; anything else is refused to everyone. */
export type RuleKind =
  | 'main'
  | 'assignment'
  | 'gold'
  | 'final'
  | 'model'
  | 'review'
  | 'reviewThread'
  | 'agreement'
  | 'schema'
  | 'guidelines';

const ALWAYS = ['always'] as const;
const OWNER = ['owner'] as const;
const NONE_BLIND = ['noneBlind'] as const;

const PROJECT_DOCUMENT: LayerAccessRule = {
  write: { admin: ALWAYS, trainer: ALWAYS },
  read: { reviewer: ALWAYS, annotator: ALWAYS, viewer: ALWAYS },
};

/**
 * DESIGN.md's layer table. Annotators and viewers are the ones blindness applies to; a viewer
 * reads what an annotator reads and writes nothing. Admins do what trainers and reviewers do.
 */
export const LAYER_ACCESS_RULES: Readonly<Record<RuleKind, LayerAccessRule>> = {
  main: {
    write: { admin: ALWAYS, trainer: ALWAYS, annotator: ['notBlind'] },
    read: { reviewer: ALWAYS, viewer: ['notBlind'] },
  },
  assignment: {
    write: { admin: OWNER, trainer: OWNER, reviewer: OWNER, annotator: OWNER },
    read: {
      admin: ALWAYS,
      trainer: ALWAYS,
      reviewer: ALWAYS,
      annotator: ['revealedToMe'],
      viewer: ['owner', 'revealedToMe'],
    },
  },
  gold: {
    write: { admin: ALWAYS, trainer: ALWAYS },
    read: { annotator: ['revealedTrainee'], viewer: ['revealedTrainee'] },
  },
  final: {
    write: { admin: ALWAYS, reviewer: ALWAYS },
    read: { trainer: ALWAYS, annotator: NONE_BLIND, viewer: NONE_BLIND },
  },
  model: {
    // Model layers are written only by imports, which the server makes itself.
    write: {},
    read: { admin: ALWAYS, trainer: ALWAYS, reviewer: ALWAYS, annotator: ALWAYS, viewer: ALWAYS },
  },
  review: {
    write: { admin: ALWAYS, trainer: ALWAYS, reviewer: ALWAYS },
    read: { annotator: NONE_BLIND, viewer: NONE_BLIND },
  },
  reviewThread: {
    write: { admin: ALWAYS, reviewer: ALWAYS, trainer: OWNER, annotator: OWNER },
    read: { trainer: ALWAYS, viewer: OWNER },
  },
  agreement: {
    // Derived by the server; no client writes it.
    write: {},
    read: {
      admin: ALWAYS,
      trainer: ALWAYS,
      reviewer: ALWAYS,
      annotator: NONE_BLIND,
      viewer: NONE_BLIND,
    },
  },
  schema: PROJECT_DOCUMENT,
  guidelines: PROJECT_DOCUMENT,
};
