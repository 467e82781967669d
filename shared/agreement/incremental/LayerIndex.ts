import type { LayerSnapshot, SegmentView } from '../../doc/readLayer.ts';
import type { SpatialShape } from '../spatial/SpatialShape.ts';
import type { DrawnObject } from '../spatialShapeAt.ts';
import { spatialShapeAt } from '../spatialShapeAt.ts';
import { changedFrameSpans, presenceSpan } from './changedFrameSpans.ts';
import { FrameCounter } from './FrameCounter.ts';
import type { FrameSpan } from './FrameSpan.ts';

/** One record of a layer as the agreement engine reads it; `other` kinds are not compared. */
export type ComparedRecord =
  DrawnObject | { kind: 'segment'; view: SegmentView } | { kind: 'other' };

const BUCKET_FRAMES = 64;

/** The records of a layer a snapshot holds, as (id, record) pairs. */
export function recordsOfSnapshot(snapshot: LayerSnapshot): [string, ComparedRecord][] {
  return [
    ...snapshot.tracks.map((view): [string, ComparedRecord] => [view.id, { kind: 'track', view }]),
    ...snapshot.shapes.map((view): [string, ComparedRecord] => [view.id, { kind: 'shape', view }]),
    ...snapshot.segments.map((view): [string, ComparedRecord] => [
      view.id,
      { kind: 'segment', view },
    ]),
  ];
}

/**
 * One layer's objects indexed for the agreement engine: what it draws at a frame (through buckets
 * of frames, so a frame reads only objects near it), the span its keyframes cover, and its
 * segments by tier. Updated one record at a time.
 */
export class LayerIndex {
  private readonly objects = new Map<string, DrawnObject>();
  private readonly buckets = new Map<number, Set<string>>();
  private readonly toTheEnd = new Set<string>();
  private readonly firstKeyframes = new FrameCounter();
  private readonly lastKeyframes = new FrameCounter();
  private readonly segments = new Map<string, SegmentView>();
  private readonly tiers = new Map<string, Set<string>>();
  private texts: ReadonlyMap<string, string> = new Map();

  /**
   * Puts a record in place of the one with its id (null removes it); answers the frames on which
   * the layer may now draw differently and the tiers whose segments changed.
   */
  setRecord(
    id: string,
    record: ComparedRecord | null,
  ): { spans: FrameSpan[]; tierIds: string[]; relabelled: boolean } {
    const before = this.objects.get(id) ?? null;
    const after = record?.kind === 'track' || record?.kind === 'shape' ? record : null;
    if (before) this.unindex(id, before);
    if (after) this.index(id, after);
    const segmentBefore = this.segments.get(id) ?? null;
    const segmentAfter = record?.kind === 'segment' ? record.view : null;
    if (segmentBefore) this.tiers.get(segmentBefore.tierId)?.delete(id);
    if (segmentAfter) {
      this.segments.set(id, segmentAfter);
      const members = this.tiers.get(segmentAfter.tierId) ?? new Set<string>();
      this.tiers.set(segmentAfter.tierId, members.add(id));
    } else this.segments.delete(id);
    const changedSegment = JSON.stringify(segmentBefore) !== JSON.stringify(segmentAfter);
    const tierIds = changedSegment
      ? [...new Set([segmentBefore?.tierId, segmentAfter?.tierId])].filter(
          (tier) => tier !== undefined,
        )
      : [];
    const relabelled =
      before !== null &&
      after !== null &&
      before.kind === after.kind &&
      before.view.labelId !== after.view.labelId &&
      JSON.stringify(before.view.keyframes) === JSON.stringify(after.view.keyframes);
    return { spans: changedFrameSpans(before, after), tierIds, relabelled };
  }

  /** The label of one object of the layer; null when it has none (or there is no such object). */
  labelOf(id: string): string | null {
    return this.objects.get(id)?.view.labelId ?? null;
  }

  /** What the layer draws at the frame, in no particular order. */
  shapesAt(frame: number): SpatialShape[] {
    const shapes: SpatialShape[] = [];
    const visit = (id: string) => {
      const shape = spatialShapeAt(this.objects.get(id) as DrawnObject, frame);
      if (shape) shapes.push(shape);
    };
    this.buckets.get(Math.floor(frame / BUCKET_FRAMES))?.forEach(visit);
    this.toTheEnd.forEach(visit);
    return shapes;
  }

  /**
   * Replaces the utterance texts (by segment id); answers the tiers of the segments whose text
   * changed.
   */
  setTexts(texts: ReadonlyMap<string, string>): string[] {
    const tierIds = new Set<string>();
    for (const id of new Set([...this.texts.keys(), ...texts.keys()])) {
      if (this.texts.get(id) === texts.get(id)) continue;
      const segment = this.segments.get(id);
      if (segment) tierIds.add(segment.tierId);
    }
    this.texts = texts;
    return [...tierIds];
  }

  /** The text of an utterance; '' without one. */
  textOf(segmentId: string): string {
    return this.texts.get(segmentId) ?? '';
  }

  /** What one object of the layer draws at the frame; null when nothing (or no such object). */
  shapeOf(id: string, frame: number): SpatialShape | null {
    const object = this.objects.get(id);
    return object ? spatialShapeAt(object, frame) : null;
  }

  /** From the first keyframe of anything the layer draws to the last; null with no keyframes. */
  keyframeExtent(): { first: number; last: number } | null {
    const [first, last] = [this.firstKeyframes.bounds(), this.lastKeyframes.bounds()];
    return first && last ? { first: first.low, last: last.high } : null;
  }

  /** The layer's segments on a tier. */
  segmentsOnTier(tierId: string): SegmentView[] {
    return [...(this.tiers.get(tierId) ?? [])].map((id) => this.segments.get(id) as SegmentView);
  }

  /** Every tier the layer has segments on. */
  tierIds(): string[] {
    return [...this.tiers].filter(([, members]) => members.size > 0).map(([tierId]) => tierId);
  }

  private index(id: string, object: DrawnObject): void {
    this.objects.set(id, object);
    const keyframes = object.view.keyframes;
    if (keyframes.length > 0) {
      this.firstKeyframes.add((keyframes[0] as { frame: number }).frame);
      this.lastKeyframes.add((keyframes.at(-1) as { frame: number }).frame);
    }
    const bounded = this.eachBucket(object, (bucket) => {
      const members = this.buckets.get(bucket) ?? new Set<string>();
      this.buckets.set(bucket, members.add(id));
    });
    if (!bounded) this.toTheEnd.add(id);
  }

  private unindex(id: string, object: DrawnObject): void {
    this.objects.delete(id);
    const keyframes = object.view.keyframes;
    if (keyframes.length > 0) {
      this.firstKeyframes.remove((keyframes[0] as { frame: number }).frame);
      this.lastKeyframes.remove((keyframes.at(-1) as { frame: number }).frame);
    }
    this.toTheEnd.delete(id);
    this.eachBucket(object, (bucket) => this.buckets.get(bucket)?.delete(id));
  }

  /** Calls `visit` for each bucket a bounded object is present in; false when it runs to the end. */
  private eachBucket(object: DrawnObject, visit: (bucket: number) => void): boolean {
    const span = presenceSpan(object);
    if (!span) return true;
    if (span[1] === Infinity) return false;
    const last = Math.floor(span[1] / BUCKET_FRAMES);
    for (let bucket = Math.floor(span[0] / BUCKET_FRAMES); bucket <= last; bucket += 1)
      visit(bucket);
    return true;
  }
}
