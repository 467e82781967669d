import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { readLayer } from '../../shared/doc/readLayer.ts';
import { textLinkEnd } from '../../shared/doc/textLinkEnd.ts';
import { createLink } from '../../shared/doc/writeLinks.ts';
import { newRecordId } from '../../shared/schema/ids.ts';
import type { LinkEnd } from '../../shared/schema/link.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';

/** What one end of a new link points at: an object, or characters of an utterance's text. */
export type LinkTarget =
  { kind: 'object'; id: string } | { kind: 'text'; segmentId: string; from: number; to: number };

function segmentRangeOf(
  context: CommandContext,
  target: LinkTarget,
): { startMs: number; endMs: number } | null {
  const segmentId = target.kind === 'text' ? target.segmentId : target.id;
  const segment = readLayer(context.doc).segments.find((each) => each.id === segmentId);
  return segment ? { startMs: segment.startMs, endMs: segment.endMs } : null;
}

function endOf(
  context: CommandContext,
  target: LinkTarget,
  range: { startMs: number; endMs: number } | null,
): Result<LinkEnd> {
  if (target.kind === 'text')
    return textLinkEnd(context.doc, target.segmentId, target.from, target.to);
  return ok({
    kind: 'object',
    objectId: target.id,
    startMs: range?.startMs ?? null,
    endMs: range?.endMs ?? null,
  });
}

/**
 * Links two annotations with a relation type. When one end is an utterance (or words in it) and
 * the other a video object, the object's end holds over the utterance's time range: "the red car"
 * ↔ track 7 while it is said.
 */
export function linkObjects(
  context: CommandContext,
  input: { relationTypeId: string | null; from: LinkTarget; to: LinkTarget },
): Result<string> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  const snapshot = readLayer(context.doc);
  const segmentIds = new Set(snapshot.segments.map((segment) => segment.id));
  const isTimed = (target: LinkTarget) => target.kind === 'text' || segmentIds.has(target.id);
  const objectIds = new Set(
    [...snapshot.tracks, ...snapshot.shapes, ...snapshot.masks, ...snapshot.segments].map(
      (object) => object.id,
    ),
  );
  for (const target of [input.from, input.to]) {
    if (target.kind === 'object' && !objectIds.has(target.id)) {
      return fail(`object ${target.id} no longer exists: someone may have deleted it`);
    }
  }
  if (input.from.kind === 'object' && input.to.kind === 'object' && input.from.id === input.to.id) {
    return fail('an object cannot be linked to itself');
  }
  const rangeFor = (other: LinkTarget) => (isTimed(other) ? segmentRangeOf(context, other) : null);
  const from = endOf(context, input.from, isTimed(input.from) ? null : rangeFor(input.to));
  if (!from.ok) return from;
  const to = endOf(context, input.to, isTimed(input.to) ? null : rangeFor(input.from));
  if (!to.ok) return to;
  const id = newRecordId();
  try {
    createLink(
      context.doc,
      { id, relationTypeId: input.relationTypeId, from: from.value, to: to.value },
      context.author(),
      LOCAL_ORIGIN,
    );
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  return ok(id);
}
