import * as Y from 'yjs';
import type { LinkEnd } from '../schema/link.ts';
import type { Result } from '../schema/result.ts';
import { fail, ok } from '../schema/result.ts';
import { decodeBase64, encodeBase64 } from './base64.ts';
import { UTTERANCE_SEGMENT_ATTR } from './roots.ts';
import { utteranceText } from './utteranceText.ts';

type TextEnd = Extract<LinkEnd, { kind: 'text' }>;

/** The characters of a text node without formatting; an embed counts as one character. */
function plainText(text: Y.XmlText): string {
  return (text.toDelta() as { insert: unknown }[])
    .map((part) => (typeof part.insert === 'string' ? part.insert : '\uFFFC'))
    .join('');
}

/**
 * A link end on characters [from, to) of a segment's utterance text, anchored by relative
 * positions: the start sticks to the first linked character, the end to the last.
 */
export function textLinkEnd(
  doc: Y.Doc,
  segmentId: string,
  from: number,
  to: number,
): Result<TextEnd> {
  const text = utteranceText(doc, segmentId);
  if (!text) return fail(`utterance ${segmentId} has no text to link`);
  if (
    !Number.isInteger(from) ||
    !Number.isInteger(to) ||
    from < 0 ||
    to <= from ||
    to > text.length
  ) {
    return fail(
      `characters ${from}–${to} are not a span of utterance ${segmentId} (${text.length} characters)`,
    );
  }
  const start = Y.createRelativePositionFromTypeIndex(text, from, 0);
  const end = Y.createRelativePositionFromTypeIndex(text, to, -1);
  return ok({
    kind: 'text',
    segmentId,
    start: encodeBase64(Y.encodeRelativePosition(start)),
    end: encodeBase64(Y.encodeRelativePosition(end)),
    quote: plainText(text).slice(from, to).slice(0, 1_000),
  });
}

function resolve(
  doc: Y.Doc,
  encoded: string,
): { type: Y.AbstractType<unknown>; index: number } | null {
  const bytes = decodeBase64(encoded);
  if (!bytes) return null;
  let position: Y.RelativePosition;
  try {
    position = Y.decodeRelativePosition(bytes);
  } catch {
    return null;
  }
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  if (!absolute || absolute.type._item?.deleted) return null;
  return absolute;
}

/** Where a text end's span is now, or null when its text was deleted or left its utterance. */
export function resolveTextLinkEnd(
  doc: Y.Doc,
  end: TextEnd,
): { from: number; to: number; text: string } | null {
  const start = resolve(doc, end.start);
  const stop = resolve(doc, end.end);
  if (!start || !stop || start.type !== stop.type || !(start.type instanceof Y.XmlText))
    return null;
  const block = start.type.parent;
  if (!(block instanceof Y.XmlElement)) return null;
  if (block.getAttribute(UTTERANCE_SEGMENT_ATTR) !== end.segmentId) return null;
  if (stop.index <= start.index) return null;
  return {
    from: start.index,
    to: stop.index,
    text: plainText(start.type).slice(start.index, stop.index),
  };
}
