import type * as Y from 'yjs';
import type { LinkEndView, LinkView } from '../../shared/doc/readLayer.ts';
import { linksOf } from '../../shared/doc/writeLinks.ts';
import type { NativeLink, NativeLinkEnd } from '../../shared/formats/native/nativeLinkSchema.ts';

function nativeEnd(end: LinkEndView): NativeLinkEnd {
  if (end.kind === 'object') {
    const { objectId, startMs, endMs } = end;
    return { kind: 'object', objectId, startMs, endMs };
  }
  const { segmentId, quote, span } = end;
  return { kind: 'text', segmentId, from: span?.from ?? null, to: span?.to ?? null, quote };
}

function createdAtOf(doc: Y.Doc, linkId: string): number {
  const createdAt = linksOf(doc).get(linkId)?.createdAt;
  return typeof createdAt === 'number' && Number.isSafeInteger(createdAt) && createdAt >= 0
    ? createdAt
    : 0;
}

/**
 * The layer's links as the file holds them: a text end as the span its relative positions
 * resolve to now, in characters of its utterance's text (null offsets once the words are gone).
 */
export function readNativeLinks(doc: Y.Doc, links: readonly LinkView[]): NativeLink[] {
  return links.map((link) => ({
    id: link.id,
    relationTypeId: link.relationTypeId,
    from: nativeEnd(link.from),
    to: nativeEnd(link.to),
    createdBy: link.createdBy,
    createdAt: createdAtOf(doc, link.id),
    updatedBy: link.updatedBy,
  }));
}
