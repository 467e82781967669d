import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { createTrack } from '../../shared/doc/writeRecords.ts';

/** Creates the track benchmarks edit, with one keyframe at frame 0. */
export function createBenchTrack(doc: Y.Doc, trackId: string): void {
  createTrack(
    doc,
    { id: trackId, labelId: null, frame: 0, box: { x: 0, y: 0, w: 10, h: 10 } },
    { userId: 'bench', nowMs: 0 },
    LOCAL_ORIGIN,
  );
}
