import * as Y from 'yjs';
import { REMOTE_ORIGIN } from '../../shared/doc/origins.ts';

/** A copy of a document that follows it one way. */
export interface FollowingDocument {
  doc: Y.Doc;
  dispose(): void;
}

/**
 * A copy of `source` that receives every change made to it, while nothing done to the copy ever
 * reaches `source`. A read-only editor is bound to such a copy: whatever its binding writes (a
 * normalised node, a filled-in paragraph) stays local instead of being sent and refused.
 */
export function followDocument(source: Y.Doc): FollowingDocument {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source), REMOTE_ORIGIN);
  const follow = (update: Uint8Array) => Y.applyUpdate(doc, update, REMOTE_ORIGIN);
  source.on('update', follow);
  return {
    doc,
    // The copy is left to the garbage collector: an editor being torn down may still read it.
    dispose: () => source.off('update', follow),
  };
}
