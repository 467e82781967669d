/** The layer an item's team co-annotates together. */
export const MAIN_LAYER = 'main';
/** Reference answers written by trainers. */
export const GOLD_LAYER = 'gold';
/** The adjudicated result written by reviewers. */
export const FINAL_LAYER = 'final';
/** Comment threads and decisions of reviewers and trainers. */
export const REVIEW_LAYER = 'review';
/** Live disagreement results, written by the server only. */
export const AGREEMENT_LAYER = 'agreement';

const ASSIGNMENT_PREFIX = 'a.';
const REVIEW_THREAD_PREFIX = 'review.';
const MODEL_PREFIX = 'model.';

/**
 * Assignment ids: short enough that `review.<id>` is still a valid layer name, and without `.`
 * so the id is read back from a layer name unambiguously.
 */
export const ASSIGNMENT_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,56}$/;
const MODEL_NAME_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,57}$/;

/** What a layer of an item is for, read from its name. */
export type LayerKind =
  | { kind: 'main' | 'gold' | 'final' | 'review' | 'agreement' }
  | { kind: 'assignment'; assignmentId: string }
  | { kind: 'reviewThread'; assignmentId: string }
  | { kind: 'model'; modelName: string }
  | { kind: 'unknown' };

const FIXED_LAYERS: Record<string, LayerKind> = {
  [MAIN_LAYER]: { kind: 'main' },
  [GOLD_LAYER]: { kind: 'gold' },
  [FINAL_LAYER]: { kind: 'final' },
  [REVIEW_LAYER]: { kind: 'review' },
  [AGREEMENT_LAYER]: { kind: 'agreement' },
};

function suffixAfter(layer: string, prefix: string, pattern: RegExp): string | null {
  if (!layer.startsWith(prefix)) return null;
  const suffix = layer.slice(prefix.length);
  return pattern.test(suffix) ? suffix : null;
}

/** Classifies an item layer name: `main`, `a.<assignmentId>`, `review.<assignmentId>`, `model.<name>`… */
export function layerKindOf(layer: string): LayerKind {
  const fixed = Object.hasOwn(FIXED_LAYERS, layer) ? FIXED_LAYERS[layer] : undefined;
  if (fixed) return fixed;
  const assignmentId = suffixAfter(layer, ASSIGNMENT_PREFIX, ASSIGNMENT_ID_PATTERN);
  if (assignmentId !== null) return { kind: 'assignment', assignmentId };
  const threadId = suffixAfter(layer, REVIEW_THREAD_PREFIX, ASSIGNMENT_ID_PATTERN);
  if (threadId !== null) return { kind: 'reviewThread', assignmentId: threadId };
  const modelName = suffixAfter(layer, MODEL_PREFIX, MODEL_NAME_PATTERN);
  if (modelName !== null) return { kind: 'model', modelName };
  return { kind: 'unknown' };
}

/** The layer an assignment's annotator works in: `a.<assignmentId>`. */
export function assignmentLayerOf(assignmentId: string): string {
  return `${ASSIGNMENT_PREFIX}${assignmentId}`;
}

/** The review conversation with one assignment's annotator: `review.<assignmentId>`. */
export function reviewThreadLayerOf(assignmentId: string): string {
  return `${REVIEW_THREAD_PREFIX}${assignmentId}`;
}

/** True when the layer holds pre-annotations imported from a model. */
export function isModelLayer(layer: string): boolean {
  return layerKindOf(layer).kind === 'model';
}
