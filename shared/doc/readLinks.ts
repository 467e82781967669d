import type * as Y from 'yjs';
import { linkSchema } from '../schema/link.ts';
import type { LinkEndView, LinkView, Violation } from './readLayer.ts';
import { ROOT_LINKS } from './roots.ts';
import { resolveTextLinkEnd } from './textLinkEnd.ts';
import type { Link } from '../schema/link.ts';

function viewOfEnd(doc: Y.Doc, end: Link['from']): LinkEndView {
  if (end.kind === 'object') return end;
  const span = resolveTextLinkEnd(doc, end);
  return {
    kind: 'text',
    segmentId: end.segmentId,
    quote: end.quote,
    span,
  };
}

/** Reads the `links` root, sorted by id; malformed links are reported and left out. */
export function readLinks(doc: Y.Doc, violations: Violation[]): LinkView[] {
  const links: LinkView[] = [];
  for (const [id, value] of doc.getMap<unknown>(ROOT_LINKS).entries()) {
    const parsed = linkSchema.safeParse(value);
    if (!parsed.success || parsed.data.id !== id) {
      violations.push({
        recordId: id,
        field: ROOT_LINKS,
        message: `link ${id} is malformed; ignored`,
      });
      continue;
    }
    const link = parsed.data;
    links.push({
      id,
      relationTypeId: link.relationTypeId,
      from: viewOfEnd(doc, link.from),
      to: viewOfEnd(doc, link.to),
      createdBy: link.createdBy,
      updatedBy: link.updatedBy,
    });
  }
  return links.sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
}
