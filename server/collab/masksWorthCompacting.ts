import * as Y from 'yjs';
import { objectsOf } from '../../shared/doc/layerRoots.ts';
import { FIELD_MASK_OPERATIONS } from '../../shared/doc/roots.ts';

interface Stamped {
  frame?: unknown;
  atMs?: unknown;
}

/**
 * The masks of a layer where some frame opens with at least `minimum` operations made before
 * `horizonMs` (what compactMask would fold into one region). Reads stamps only, no pixels.
 */
export function masksWorthCompacting(doc: Y.Doc, horizonMs: number, minimum: number): string[] {
  const found: string[] = [];
  for (const [id, record] of objectsOf(doc).entries()) {
    if (!(record instanceof Y.Map) || record.get('kind') !== 'mask') continue;
    const operations = record.get(FIELD_MASK_OPERATIONS);
    if (!(operations instanceof Y.Array) || operations.length < minimum) continue;
    const prefix = new Map<unknown, number>();
    const closed = new Set<unknown>();
    for (const entry of operations.toArray() as Stamped[]) {
      const frame = entry?.frame;
      if (closed.has(frame)) continue;
      if (typeof entry?.atMs !== 'number' || entry.atMs >= horizonMs) closed.add(frame);
      else prefix.set(frame, (prefix.get(frame) ?? 0) + 1);
    }
    if ([...prefix.values()].some((count) => count >= minimum)) found.push(id);
  }
  return found;
}
