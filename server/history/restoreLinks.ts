import type * as Y from 'yjs';
import { resolveTextLinkEnd, textLinkEnd } from '../../shared/doc/textLinkEnd.ts';
import { linksOf } from '../../shared/doc/writeLinks.ts';
import type { Link, LinkEnd } from '../../shared/schema/link.ts';
import { linkSchema } from '../../shared/schema/link.ts';

/**
 * A text end that resolves in `live` where it resolved in `target`. Restoring a transcript copies
 * the blocks it puts back, so positions anchored in the old blocks are anchored again on the copies.
 */
function reanchored(live: Y.Doc, target: Y.Doc, end: LinkEnd): LinkEnd {
  if (end.kind !== 'text') return end;
  const wanted = resolveTextLinkEnd(target, end);
  if (!wanted) return end;
  const now = resolveTextLinkEnd(live, end);
  if (now && now.from === wanted.from && now.to === wanted.to) return end;
  const anchored = textLinkEnd(live, end.segmentId, wanted.from, wanted.to);
  return anchored.ok ? { ...anchored.value, quote: end.quote } : end;
}

/**
 * Makes the live layer's links those of `target` (the layer at an earlier time, or before an
 * import): links added since are deleted, links changed since are put back with their text ends
 * on the restored words. Run after the transcript is restored, inside the same transaction on
 * `live`'s document. Returns whether anything was written.
 */
export function restoreLinks(live: Y.Doc, target: Y.Doc): boolean {
  const liveLinks = linksOf(live);
  const targetLinks = linksOf(target);
  let changed = false;
  for (const id of [...liveLinks.keys()]) {
    if (!targetLinks.has(id)) {
      liveLinks.delete(id);
      changed = true;
    }
  }
  for (const [id, link] of targetLinks.entries()) {
    // A malformed link is put back as it was: restoring never repairs.
    const wanted: Link = linkSchema.safeParse(link).success
      ? {
          ...link,
          from: reanchored(live, target, link.from),
          to: reanchored(live, target, link.to),
        }
      : link;
    if (JSON.stringify(liveLinks.get(id)) !== JSON.stringify(wanted)) {
      liveLinks.set(id, wanted);
      changed = true;
    }
  }
  return changed;
}
