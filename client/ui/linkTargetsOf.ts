import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { LinkTarget } from '../commands/linkObjects.ts';
import type { TextSpan } from '../transcript/TextSpan.ts';

/** The two ends a link would join given what is selected, or null when the selection makes none. */
export function linkTargetsOf(
  snapshot: LayerSnapshot,
  selection: readonly string[],
  textSpan: TextSpan | null,
): [LinkTarget, LinkTarget] | null {
  const linkIds = new Set(snapshot.links.map((link) => link.id));
  const objects = selection.filter((id) => !linkIds.has(id));
  const [first, second] = objects;
  if (textSpan && objects.length === 1 && first !== undefined) {
    return [
      { kind: 'text', ...textSpan },
      { kind: 'object', id: first },
    ];
  }
  if (objects.length === 2 && first !== undefined && second !== undefined) {
    return [
      { kind: 'object', id: first },
      { kind: 'object', id: second },
    ];
  }
  return null;
}
