import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { setKeyframe } from '../../shared/doc/writeRecords.ts';

/** The edit benchmarks time: a keyframe at `frame` on the track, as a person drawing would set it. */
export function setBenchKeyframe(doc: Y.Doc, trackId: string, frame: number): void {
  setKeyframe(
    doc,
    trackId,
    frame,
    { box: { x: frame, y: frame, w: 10, h: 10 }, outside: false },
    { userId: 'bench', nowMs: frame },
    LOCAL_ORIGIN,
  );
}
