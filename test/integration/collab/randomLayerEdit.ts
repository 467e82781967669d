import * as Y from 'yjs';
import { objectsOf } from '../../../shared/doc/layerRoots.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { FIELD_KEYFRAMES } from '../../../shared/doc/roots.ts';
import type { Author } from '../../../shared/doc/writeRecords.ts';
import {
  createSegment,
  createTrack,
  deleteKeyframe,
  deleteRecord,
  setKeyframe,
  setLabel,
  updateSegment,
} from '../../../shared/doc/writeRecords.ts';

function pick<T>(random: () => number, values: readonly T[]): T | undefined {
  return values[Math.floor(random() * values.length)];
}

function idsOfKind(doc: Y.Doc, kind: string): string[] {
  return [...objectsOf(doc).entries()]
    .filter(([, record]) => record.get('kind') === kind)
    .map(([id]) => id);
}

function randomBox(random: () => number) {
  return {
    x: Math.round(random() * 1000),
    y: Math.round(random() * 600),
    w: 10 + Math.round(random() * 90),
    h: 10 + Math.round(random() * 90),
  };
}

function framesOf(doc: Y.Doc, trackId: string): string[] {
  const keyframes = objectsOf(doc).get(trackId)?.get(FIELD_KEYFRAMES);
  return keyframes instanceof Y.Map ? [...keyframes.keys()] : [];
}

/** Applies one random edit (tracks, keyframes, segments, labels, deletions) through shared/doc/writeRecords. */
export function randomLayerEdit(
  doc: Y.Doc,
  random: () => number,
  author: Author,
  idPrefix: string,
): void {
  const tracks = idsOfKind(doc, 'track');
  const segments = idsOfKind(doc, 'segment');
  const roll = random();
  const track = pick(random, tracks);
  const segment = pick(random, segments);
  const frame = Math.floor(random() * 300);
  if (roll < 0.15 || tracks.length === 0) {
    createTrack(
      doc,
      {
        id: `${idPrefix}t${Math.floor(random() * 1e9)}`,
        labelId: null,
        frame,
        box: randomBox(random),
      },
      author,
      LOCAL_ORIGIN,
    );
  } else if (roll < 0.45 && track) {
    setKeyframe(
      doc,
      track,
      frame,
      { box: randomBox(random), outside: random() < 0.1 },
      author,
      LOCAL_ORIGIN,
    );
  } else if (roll < 0.55 && track) {
    const existing = pick(random, framesOf(doc, track));
    if (existing !== undefined) deleteKeyframe(doc, track, Number(existing), author, LOCAL_ORIGIN);
  } else if (roll < 0.7 || !segment) {
    const startMs = Math.floor(random() * 60_000);
    const id = `${idPrefix}s${Math.floor(random() * 1e9)}`;
    createSegment(
      doc,
      {
        id,
        tierId: 'words',
        startMs,
        endMs: startMs + 100 + Math.floor(random() * 5000),
        labelId: null,
        speaker: null,
      },
      author,
      LOCAL_ORIGIN,
    );
  } else if (roll < 0.85) {
    const startMs = Math.floor(random() * 60_000);
    updateSegment(
      doc,
      segment,
      { startMs, endMs: startMs + Math.floor(random() * 3000) },
      author,
      LOCAL_ORIGIN,
    );
  } else if (roll < 0.95) {
    setLabel(
      doc,
      pick(random, [...tracks, ...segments]) ?? segment,
      pick(random, ['car', 'person', null]) ?? null,
      author,
      LOCAL_ORIGIN,
    );
  } else {
    deleteRecord(doc, pick(random, [...tracks, ...segments]) ?? segment, LOCAL_ORIGIN);
  }
}
