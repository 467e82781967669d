import fc from 'fast-check';
import type { SegmentPatch } from '../../shared/doc/writeRecords.ts';
import type { Box } from '../../shared/schema/box.ts';
import { MAX_FRAME_INDEX } from '../../shared/schema/track.ts';

/** One person's edit of a layer: record writes through writeRecords, or an edit of the transcript text. */
export type LayerEdit =
  | { kind: 'createTrack'; id: string; frame: number; box: Box }
  | { kind: 'deleteRecord'; id: string }
  | { kind: 'setKeyframe'; trackId: string; frame: number; box: Box; outside: boolean }
  | { kind: 'deleteKeyframe'; trackId: string; frame: number }
  | { kind: 'createSegment'; id: string; startMs: number; endMs: number; speaker: string | null }
  | { kind: 'updateSegment'; id: string; patch: SegmentPatch }
  | { kind: 'setLabel'; id: string; labelId: string | null }
  | { kind: 'insertUtterance'; position: number; segmentId: string; text: string }
  | { kind: 'deleteUtterance'; position: number }
  | { kind: 'splitUtterance'; position: number; offset: number; segmentId: string; startMs: number }
  | { kind: 'editUtterance'; position: number; offset: number; deleteCount: number; text: string };

// Small pools of ids make replicas collide on the same records, which is what the test is about; `x` is
// shared so that a track and a segment sometimes fight over one id.
const trackId = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('t0', 't1') },
  { weight: 1, arbitrary: fc.constantFrom('t2', 'x') },
);
const segmentId = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('s0', 's1') },
  { weight: 1, arbitrary: fc.constantFrom('s2', 'x') },
);
const recordId = fc.oneof(trackId, segmentId);
const labelId = fc.constantFrom(null, 'car', 'person', 'speech');
const speaker = fc.constantFrom(null, 'ada', 'ben');
const text = fc.string({ maxLength: 6 });
const position = fc.nat({ max: 20 });

// Mostly valid values, sometimes ones writeRecords must refuse with a RangeError.
const frame = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 2.5, MAX_FRAME_INDEX + 1) },
);
const ms = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 5_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 10.5) },
);
const box = fc.record({
  x: fc.integer({ min: 0, max: 640 }),
  y: fc.integer({ min: 0, max: 360 }),
  w: fc.integer({ min: 0, max: 200 }),
  h: fc.integer({ min: 0, max: 200 }),
});

/** A valid range most of the time; two independent ends (often crossed, so refused) otherwise. */
const range = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(ms, fc.nat({ max: 2_000 }))
      .map(([startMs, lengthMs]) => ({ startMs, endMs: startMs + lengthMs })),
  },
  { weight: 1, arbitrary: fc.record({ startMs: ms, endMs: ms }) },
);

// Trims land near the seeded segments (1–2 s, 3–4 s), so concurrent trims of both ends often cross them.
const trimMs = fc.integer({ min: 800, max: 4_200 });

const segmentPatch: fc.Arbitrary<SegmentPatch> = fc.oneof(
  range,
  { weight: 2, arbitrary: fc.record({ startMs: trimMs }) },
  { weight: 2, arbitrary: fc.record({ endMs: trimMs }) },
  fc.record({ labelId, speaker, value: fc.option(text) }, { requiredKeys: [] }),
);

/** A random edit, weighted towards the record writes that conflict most. */
export const layerEditArbitrary: fc.Arbitrary<LayerEdit> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('createTrack' as const), id: trackId, frame, box }),
  },
  fc.record({ kind: fc.constant('deleteRecord' as const), id: recordId }),
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('setKeyframe' as const),
      trackId,
      frame,
      box,
      outside: fc.boolean(),
    }),
  },
  fc.record({ kind: fc.constant('deleteKeyframe' as const), trackId, frame }),
  {
    weight: 2,
    arbitrary: fc.tuple(segmentId, range, speaker).map(([id, { startMs, endMs }, who]) => ({
      kind: 'createSegment' as const,
      id,
      startMs,
      endMs,
      speaker: who,
    })),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('updateSegment' as const),
      id: segmentId,
      patch: segmentPatch,
    }),
  },
  fc.record({ kind: fc.constant('setLabel' as const), id: recordId, labelId }),
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('insertUtterance' as const),
      position,
      segmentId,
      text,
    }),
  },
  fc.record({ kind: fc.constant('deleteUtterance' as const), position }),
  fc.record({
    kind: fc.constant('splitUtterance' as const),
    position,
    offset: fc.nat({ max: 8 }),
    segmentId,
    startMs: fc.integer({ min: 0, max: 5_000 }),
  }),
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('editUtterance' as const),
      position,
      offset: fc.nat({ max: 8 }),
      deleteCount: fc.nat({ max: 3 }),
      text,
    }),
  },
);

/** Only moves and trims of the seeded segments, so that concurrent edits cross segment ends often. */
export const segmentTimingEditArbitrary: fc.Arbitrary<LayerEdit> = fc.record({
  kind: fc.constant('updateSegment' as const),
  id: fc.constantFrom('s0', 's1'),
  patch: fc.oneof(range, fc.record({ startMs: trimMs }), fc.record({ endMs: trimMs })),
});
