import { UTTERANCE_NODE, UTTERANCE_SEGMENT_ATTR } from '../../shared/doc/roots.ts';

/** The least of an editor node this needs. */
interface NodeLike {
  type: { name: string };
  attrs: Record<string, unknown>;
}

/** The segment id of an utterance node in the editor, or null for anything else or an unbound block. */
export function utteranceSegmentIdOf(node: NodeLike | null | undefined): string | null {
  const segmentId = node?.type.name === UTTERANCE_NODE ? node.attrs[UTTERANCE_SEGMENT_ATTR] : null;
  return typeof segmentId === 'string' && segmentId.length > 0 ? segmentId : null;
}
