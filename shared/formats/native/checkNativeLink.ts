import type { NativeLink, NativeLinkEnd } from './nativeLinkSchema.ts';
import type { NativeProblem } from './NativeProblem.ts';
import { problemAt } from './NativeProblem.ts';
import type { NativeReferenceContext } from './NativeReferenceContext.ts';

type Path = readonly PropertyKey[];

/** What the links of one layer of the file may point at. */
export interface NativeLinkTargets {
  layer: string;
  /** Ids of every record of the layer. */
  recordIds: ReadonlySet<string>;
  /** Ids of the layer's segments, whose utterances text ends point into. */
  segmentIds: ReadonlySet<string>;
  /** The text of each segment's utterance in the file's transcript (its first block). */
  utteranceTexts: ReadonlyMap<string, string>;
}

function checkObjectEnd(
  end: Extract<NativeLinkEnd, { kind: 'object' }>,
  path: Path,
  targets: NativeLinkTargets,
  context: NativeReferenceContext,
): NativeProblem[] {
  const problems: NativeProblem[] = [];
  if (!targets.recordIds.has(end.objectId)) {
    const message = `no record ${JSON.stringify(end.objectId)} in layer ${targets.layer}`;
    problems.push(problemAt([...path, 'objectId'], message));
  }
  const { startMs, endMs } = end;
  if (startMs !== null && endMs !== null && endMs < startMs) {
    const message = `the link's time range ends (${endMs} ms) before it starts (${startMs} ms)`;
    problems.push(problemAt([...path, 'endMs'], message));
  }
  const durationMs = context.media?.durationMs;
  for (const [field, ms] of [
    ['startMs', startMs],
    ['endMs', endMs],
  ] as const) {
    if (durationMs === undefined || ms === null || ms <= durationMs) continue;
    const message = `${ms} ms is after the end of the media (${durationMs} ms)`;
    problems.push(problemAt([...path, field], message));
  }
  return problems;
}

function checkTextEnd(
  end: Extract<NativeLinkEnd, { kind: 'text' }>,
  path: Path,
  targets: NativeLinkTargets,
): NativeProblem[] {
  const { segmentId, to } = end;
  if (!targets.segmentIds.has(segmentId)) {
    const message = targets.recordIds.has(segmentId)
      ? `record ${JSON.stringify(segmentId)} is not a segment: a text end points into an utterance`
      : `no segment ${JSON.stringify(segmentId)} in layer ${targets.layer}`;
    return [problemAt([...path, 'segmentId'], message)];
  }
  // Null offsets: the linked words were deleted, so there is no span to find.
  if (to === null) return [];
  const text = targets.utteranceTexts.get(segmentId);
  if (text === undefined) {
    const message = `segment ${JSON.stringify(segmentId)} has no text in the transcript of layer ${targets.layer}`;
    return [problemAt([...path, 'segmentId'], message)];
  }
  if (to <= text.length) return [];
  const message = `character ${to} is past the end of the text of utterance ${segmentId} (${text.length} characters)`;
  return [problemAt([...path, 'to'], message)];
}

/**
 * What is wrong with one link: a relation type the label schema lacks, an end pointing to a record
 * the layer does not have, a time range outside the media, a span outside its utterance's text.
 */
export function checkNativeLink(
  link: NativeLink,
  path: Path,
  targets: NativeLinkTargets,
  context: NativeReferenceContext,
): NativeProblem[] {
  const problems: NativeProblem[] = [];
  if (link.relationTypeId !== null && !context.relationTypeIds.has(link.relationTypeId)) {
    const message = `relation type ${JSON.stringify(link.relationTypeId)} is not in the label schema of project ${context.projectId}`;
    problems.push(problemAt([...path, 'relationTypeId'], message));
  }
  for (const side of ['from', 'to'] as const) {
    const end = link[side];
    problems.push(
      ...(end.kind === 'object'
        ? checkObjectEnd(end, [...path, side], targets, context)
        : checkTextEnd(end, [...path, side], targets)),
    );
  }
  return problems;
}
