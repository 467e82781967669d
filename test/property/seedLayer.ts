import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { createSegment, createTrack, setKeyframe } from '../../shared/doc/writeRecords.ts';
import { applyTranscriptEdit, UTTERANCE_TIER } from './applyTranscriptEdit.ts';

const SEED_AUTHOR = { userId: 'seed', nowMs: 1_700_000_000_000 };

/**
 * Writes the records every replica starts from, so that random edits mostly meet something to conflict
 * with. Each record is written by a different replica, so replicas first see them in different orders.
 */
export function seedLayer(replicas: readonly Y.Doc[]): void {
  const writer = (index: number) => replicas[index % replicas.length] as Y.Doc;
  for (const [index, trackId] of ['t0', 't1'].entries()) {
    const doc = writer(index + 1);
    const box = { x: 10 * index, y: 20, w: 50, h: 40 };
    createTrack(doc, { id: trackId, labelId: 'car', frame: 0, box }, SEED_AUTHOR, LOCAL_ORIGIN);
    setKeyframe(
      doc,
      trackId,
      6,
      { box: { ...box, x: box.x + 60 }, outside: false },
      SEED_AUTHOR,
      LOCAL_ORIGIN,
    );
  }
  for (const [index, segmentId] of ['s0', 's1'].entries()) {
    const startMs = 1_000 + 2_000 * index;
    const segment = { id: segmentId, tierId: UTTERANCE_TIER, startMs, endMs: startMs + 1_000 };
    createSegment(
      writer(index),
      { ...segment, labelId: null, speaker: 'ada' },
      SEED_AUTHOR,
      LOCAL_ORIGIN,
    );
    applyTranscriptEdit(
      writer(0),
      { kind: 'insertUtterance', position: index, segmentId, text: `utterance ${index}` },
      SEED_AUTHOR,
      LOCAL_ORIGIN,
    );
  }
}
