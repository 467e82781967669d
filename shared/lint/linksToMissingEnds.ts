import type { LayerSnapshot, LinkEndView } from '../doc/readLayer.ts';
import type { LintContext, LintFinding } from './LintFinding.ts';
import { finding } from './LintFinding.ts';

function describeMissing(end: LinkEndView, objectIds: ReadonlySet<string>): string | null {
  if (end.kind === 'object') {
    return objectIds.has(end.objectId) ? null : `object ${end.objectId}, which was deleted`;
  }
  if (!objectIds.has(end.segmentId)) return `utterance ${end.segmentId}, which was deleted`;
  return end.span === null ? `the words "${end.quote}", which were deleted` : null;
}

function objectIdsOf(snapshot: LayerSnapshot): Set<string> {
  return new Set(
    [...snapshot.tracks, ...snapshot.shapes, ...snapshot.masks, ...snapshot.segments].map(
      (object) => object.id,
    ),
  );
}

/** Links and instruction items with an end whose object, utterance or words no longer exist. */
export function linksToMissingEnds({ snapshot }: LintContext): LintFinding[] {
  if (snapshot.links.length === 0 && snapshot.instructions.length === 0) return [];
  const objectIds = objectIdsOf(snapshot);
  const pointers = [
    ...snapshot.links.map((link) => ({
      id: link.id,
      what: `link ${link.id} points to`,
      ends: [link.from, link.to],
    })),
    ...snapshot.instructions.map((instruction) => ({
      id: instruction.id,
      what: `instruction ${instruction.id} refers to`,
      ends: instruction.references,
    })),
  ];
  return pointers.flatMap(({ id, what, ends }) => {
    const missing = ends
      .map((end) => describeMissing(end, objectIds))
      .filter((text): text is string => text !== null);
    if (missing.length === 0) return [];
    return [
      finding({
        rule: 'link-to-missing-end',
        severity: 'error',
        message: `${what} ${missing.join(' and to ')}`,
        recordIds: [id],
        location: null,
      }),
    ];
  });
}
