import type { LinkView } from '../../shared/doc/readLayer.ts';
import type { RelationType } from '../../shared/schema/relationType.ts';

/** Part of an object's time a link holds for, as its timeline row shows it. */
export interface LinkRange {
  linkId: string;
  startMs: number;
  endMs: number;
  colour: string;
  caption: string;
}

const UNTYPED_COLOUR = '#888888';
const NO_RANGES: readonly LinkRange[] = Object.freeze([]);

/** For each object, the links that hold over a time range of it ("the red car" ↔ track 7 while said). */
export function linkRangesByObject(
  links: readonly LinkView[],
  relationTypes: readonly RelationType[],
): ReadonlyMap<string, readonly LinkRange[]> {
  const relations = new Map(relationTypes.map((relation) => [relation.id, relation]));
  const byObject = new Map<string, LinkRange[]>();
  for (const link of links) {
    const relation = link.relationTypeId ? relations.get(link.relationTypeId) : undefined;
    for (const end of [link.from, link.to]) {
      if (end.kind !== 'object' || end.startMs === null || end.endMs === null) continue;
      const other = end === link.from ? link.to : link.from;
      const otherName =
        other.kind === 'text' ? `“${other.span?.text ?? other.quote}”` : other.objectId.slice(0, 6);
      byObject.set(end.objectId, [
        ...(byObject.get(end.objectId) ?? []),
        {
          linkId: link.id,
          startMs: end.startMs,
          endMs: end.endMs,
          colour: relation?.colour ?? UNTYPED_COLOUR,
          caption: `${relation?.name ?? 'link'} ${otherName}`,
        },
      ]);
    }
  }
  return byObject;
}

/** The ranges of one object, the same empty list for every object without any. */
export function linkRangesOf(
  byObject: ReadonlyMap<string, readonly LinkRange[]>,
  objectId: string,
): readonly LinkRange[] {
  return byObject.get(objectId) ?? NO_RANGES;
}
