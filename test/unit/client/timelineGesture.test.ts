import { describe, expect, it } from 'vitest';
import { dragSegmentRange, sweptRange } from '../../../client/timeline/dragSegmentRange.ts';
import { rangeAtPlayhead } from '../../../client/timeline/rangeAtPlayhead.ts';
import type { SegmentGesture } from '../../../client/timeline/segmentGesture.ts';
import {
  finishSegmentGesture,
  previewSegmentGesture,
} from '../../../client/timeline/segmentGesture.ts';
import type { TimelineView } from '../../../client/timeline/timelineView.ts';

const view: TimelineView = { startMs: 0, pxPerMs: 0.1, widthPx: 1_000 };
const limits = { durationMs: 20_000, minLengthMs: 33 };
const original = { startMs: 1_000, endMs: 3_000 };

describe('segment drags', () => {
  it('moves a segment keeping its length, inside the media', () => {
    expect(dragSegmentRange('body', original, 500.4, limits)).toEqual({
      startMs: 1_500,
      endMs: 3_500,
    });
    expect(dragSegmentRange('body', original, -5_000, limits)).toEqual({
      startMs: 0,
      endMs: 2_000,
    });
    expect(dragSegmentRange('body', original, 50_000, limits)).toEqual({
      startMs: 18_000,
      endMs: 20_000,
    });
  });

  it('trims either edge but never past the other edge', () => {
    expect(dragSegmentRange('start', original, 250, limits)).toEqual({
      startMs: 1_250,
      endMs: 3_000,
    });
    expect(dragSegmentRange('start', original, 9_000, limits)).toEqual({
      startMs: 2_967,
      endMs: 3_000,
    });
    expect(dragSegmentRange('end', original, -9_000, limits)).toEqual({
      startMs: 1_000,
      endMs: 1_033,
    });
    expect(dragSegmentRange('end', original, 90_000, limits)).toEqual({
      startMs: 1_000,
      endMs: 20_000,
    });
  });

  it('sweeps a new range in either direction', () => {
    expect(sweptRange(5_000, 3_000.6, 20_000)).toEqual({ startMs: 3_001, endMs: 5_000 });
    expect(sweptRange(19_000, 25_000, 20_000)).toEqual({ startMs: 19_000, endMs: 20_000 });
  });

  it('treats a pointer that barely moved as a click', () => {
    const gesture: SegmentGesture = {
      kind: 'edit',
      part: 'body',
      segmentId: 's',
      original,
      originPx: 200,
    };
    expect(previewSegmentGesture(gesture, 202, view, limits)).toBeNull();
    expect(finishSegmentGesture(gesture, 202, view, limits)).toEqual({ kind: 'none' });
  });

  it('commits a move, a start trim and an end trim once, on release', () => {
    const body: SegmentGesture = {
      kind: 'edit',
      part: 'body',
      segmentId: 's',
      original,
      originPx: 200,
    };
    expect(finishSegmentGesture(body, 250, view, limits)).toEqual({
      kind: 'move',
      segmentId: 's',
      startMs: 1_500,
    });
    const start: SegmentGesture = { ...body, part: 'start', originPx: 100 };
    expect(finishSegmentGesture(start, 80, view, limits)).toEqual({
      kind: 'trim',
      segmentId: 's',
      ends: { startMs: 800 },
    });
    const end: SegmentGesture = { ...body, part: 'end', originPx: 300 };
    expect(finishSegmentGesture(end, 310, view, limits)).toEqual({
      kind: 'trim',
      segmentId: 's',
      ends: { endMs: 3_100 },
    });
  });

  it('creates from a sweep of empty row, and seeks on a click there', () => {
    const sweep: SegmentGesture = {
      kind: 'sweep',
      anchorMs: 6_000,
      originPx: 600,
      canCreate: true,
    };
    expect(finishSegmentGesture(sweep, 650, view, limits)).toEqual({
      kind: 'create',
      range: { startMs: 6_000, endMs: 6_500 },
    });
    expect(finishSegmentGesture(sweep, 601, view, limits)).toEqual({
      kind: 'click-empty',
      ms: 6_010,
    });
  });

  it('never creates from a sweep on a read-only row', () => {
    const sweep: SegmentGesture = {
      kind: 'sweep',
      anchorMs: 6_000,
      originPx: 600,
      canCreate: false,
    };
    expect(previewSegmentGesture(sweep, 700, view, limits)).toBeNull();
    expect(finishSegmentGesture(sweep, 700, view, limits)).toEqual({
      kind: 'click-empty',
      ms: 7_000,
    });
  });

  it('places a new segment at the playhead, shifted back at the end of the media', () => {
    expect(rangeAtPlayhead(4_321.4, 20_000, 1_000)).toEqual({ startMs: 4_321, endMs: 5_321 });
    expect(rangeAtPlayhead(19_800, 20_000, 1_000)).toEqual({ startMs: 19_000, endMs: 20_000 });
    expect(rangeAtPlayhead(0, 400, 1_000)).toEqual({ startMs: 0, endMs: 400 });
    expect(rangeAtPlayhead(0, 0, 1_000)).toBeNull();
  });
});
