import type * as Y from 'yjs';
import type { Link, LinkEnd } from '../schema/link.ts';
import { linkSchema } from '../schema/link.ts';
import { ROOT_LINKS } from './roots.ts';
import type { Author } from './writeRecordBase.ts';

/** The `links` root: cross-modal relations by id, each a whole JSON value. */
export function linksOf(doc: Y.Doc): Y.Map<Link> {
  return doc.getMap<Link>(ROOT_LINKS);
}

/** What a new link holds. */
export interface NewLink {
  id: string;
  relationTypeId: string | null;
  from: LinkEnd;
  to: LinkEnd;
}

function checkedLink(link: Link): Link {
  const parsed = linkSchema.safeParse(link);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RangeError(`link ${link.id}: ${issue?.path.join('.')} ${issue?.message}`);
  }
  return parsed.data;
}

/** Adds a link between two annotations (or text spans). */
export function createLink(doc: Y.Doc, link: NewLink, author: Author, origin: unknown): void {
  const stored = checkedLink({
    ...link,
    createdBy: author.userId,
    createdAt: Math.floor(author.nowMs),
    updatedBy: author.userId,
  });
  doc.transact(() => linksOf(doc).set(stored.id, stored), origin);
}

/** Changes a link's relation type or ends; the link is replaced whole (last writer wins). */
export function updateLink(
  doc: Y.Doc,
  linkId: string,
  patch: Partial<Pick<Link, 'relationTypeId' | 'from' | 'to'>>,
  author: Author,
  origin: unknown,
): boolean {
  const current = linksOf(doc).get(linkId);
  if (!current) return false;
  const stored = checkedLink({ ...current, ...patch, updatedBy: author.userId });
  doc.transact(() => linksOf(doc).set(linkId, stored), origin);
  return true;
}

/** Removes a link. */
export function deleteLink(doc: Y.Doc, linkId: string, origin: unknown): boolean {
  if (!linksOf(doc).has(linkId)) return false;
  doc.transact(() => linksOf(doc).delete(linkId), origin);
  return true;
}
