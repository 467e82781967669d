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

/** Links with an end whose object, utterance or words no longer exist. */
export function linksToMissingEnds({ snapshot }: LintContext): LintFinding[] {
  if (snapshot.links.length === 0) return [];
  const objectIds = objectIdsOf(snapshot);
  return snapshot.links.flatMap((link) => {
    const missing = [link.from, link.to]
      .map((end) => describeMissing(end, objectIds))
      .filter((text): text is string => text !== null);
    if (missing.length === 0) return [];
    return [
      finding({
        rule: 'link-to-missing-end',
        severity: 'error',
        message: `link ${link.id} points to ${missing.join(' and to ')}`,
        recordIds: [link.id],
        location: null,
      }),
    ];
  });
}
