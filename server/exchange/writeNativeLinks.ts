import * as Y from 'yjs';
import { encodeBase64 } from '../../shared/doc/base64.ts';
import { textLinkEnd } from '../../shared/doc/textLinkEnd.ts';
import { createLink, updateLink } from '../../shared/doc/writeLinks.ts';
import type {
  NativeLink,
  NativeLinkEnd,
  NativeTextEnd,
} from '../../shared/formats/native/nativeLinkSchema.ts';
import type { LinkEnd } from '../../shared/schema/link.ts';

/**
 * A relative position that never resolves: it names a character at a clock no client reaches, so
 * the end reads as words that were deleted, as it did where the file came from.
 */
function detachedPosition(): string {
  const position = Y.createRelativePositionFromJSON({
    item: { client: 0, clock: Number.MAX_SAFE_INTEGER },
    assoc: 0,
  });
  return encodeBase64(Y.encodeRelativePosition(position));
}

function anchoredTextEnd(doc: Y.Doc, end: NativeTextEnd): LinkEnd {
  const { segmentId, from, to, quote } = end;
  if (from === null || to === null) {
    const start = detachedPosition();
    return { kind: 'text', segmentId, start, end: start, quote };
  }
  const anchored = textLinkEnd(doc, segmentId, from, to);
  if (!anchored.ok) throw new Error(anchored.error);
  // The quote is the words when the link was made, which later edits inside the span may have changed.
  return { ...anchored.value, quote };
}

function storedEnd(doc: Y.Doc, end: NativeLinkEnd): LinkEnd {
  return end.kind === 'object' ? { ...end } : anchoredTextEnd(doc, end);
}

/**
 * Adds the file's links to the layer, each text end anchored anew (with relative positions of this
 * document) on the characters its offsets name. Call after the transcript is written, inside the
 * same transaction; the links must have passed the native checks, or this throws.
 */
export function writeNativeLinks(doc: Y.Doc, links: readonly NativeLink[], origin: unknown): void {
  for (const link of links) {
    const { id, relationTypeId, createdBy, createdAt, updatedBy } = link;
    const from = storedEnd(doc, link.from);
    const to = storedEnd(doc, link.to);
    createLink(
      doc,
      { id, relationTypeId, from, to },
      { userId: createdBy, nowMs: createdAt },
      origin,
    );
    // createLink stamps its author as the last editor too; the file may name someone else.
    if (updatedBy !== createdBy) {
      updateLink(doc, id, {}, { userId: updatedBy, nowMs: createdAt }, origin);
    }
  }
}
