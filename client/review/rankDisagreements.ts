import type { Disagreement } from '../../shared/agreement/Disagreement.ts';
import { DISAGREEMENT_KINDS } from '../../shared/agreement/Disagreement.ts';

function isLocation(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const location = value as {
    frames?: { first?: unknown; last?: unknown };
    startMs?: unknown;
    endMs?: unknown;
  };
  if (location.frames) {
    return typeof location.frames.first === 'number' && typeof location.frames.last === 'number';
  }
  return typeof location.startMs === 'number' && typeof location.endMs === 'number';
}

/** True for a value shaped like a Disagreement (the agreement document is read, never trusted). */
export function isDisagreement(value: unknown): value is Disagreement {
  if (value === null || typeof value !== 'object') return false;
  const entry = value as Partial<Disagreement>;
  return (
    typeof entry.id === 'string' &&
    (DISAGREEMENT_KINDS as readonly unknown[]).includes(entry.kind) &&
    typeof entry.severity === 'number' &&
    Array.isArray(entry.layers) &&
    entry.layers.length === 2 &&
    Array.isArray(entry.objectIds) &&
    isLocation(entry.location) &&
    (entry.labelId === null || typeof entry.labelId === 'string') &&
    typeof entry.message === 'string'
  );
}

/** The well-formed disagreements, most severe first, then by id. */
export function rankDisagreements(values: Iterable<unknown>): Disagreement[] {
  const ranked = [...values].filter(isDisagreement);
  return ranked.sort((a, b) => b.severity - a.severity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
