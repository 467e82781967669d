import fc from 'fast-check';
import type {
  KeyframeView,
  LayerSnapshot,
  SegmentView,
  ShapeView,
  TrackView,
} from '../../shared/doc/readLayer.ts';
import type { ComparedRecord } from '../../shared/agreement/incremental/LayerIndex.ts';

/** The three layers the edit streams write to. */
export const EDITED_LAYERS: readonly string[] = ['a.ann', 'a.ben', 'gold'];

/** A small video: 40 frames of 64 × 48 pixels; keyframes may fall past its end. */
export const EDITED_MEDIA = { width: 64, height: 48, frameCount: 40 };

const ANCHORS = [
  [4, 4],
  [24, 14],
  [10, 28],
] as const;

const frameArb = fc.integer({ min: 0, max: 44 });
const labelArb = fc.constantFrom('car', 'person', null);

const boxArb = fc
  .record({
    anchor: fc.constantFrom(...ANCHORS),
    dx: fc.integer({ min: -2, max: 2 }),
    dy: fc.integer({ min: -2, max: 2 }),
    w: fc.integer({ min: 4, max: 12 }),
    h: fc.integer({ min: 6, max: 12 }),
  })
  .map(({ anchor, dx, dy, w, h }) => ({ x: anchor[0] + dx, y: anchor[1] + dy, w, h }));

const outsideArb = fc.boolean().chain((rare) => (rare ? fc.boolean() : fc.constant(false)));

const keyframeArb = fc.record({ frame: frameArb, box: boxArb, outside: outsideArb });

const polygonKeyframeArb = fc.record({
  frame: frameArb,
  anchor: fc.constantFrom(...ANCHORS),
  size: fc.integer({ min: 2, max: 12 }),
  outside: outsideArb,
});

type PolygonKeyframe = {
  frame: number;
  anchor: readonly [number, number];
  size: number;
  outside: boolean;
};

/** One edit of one layer, as an annotator's client would make it. */
export type LayerEdit =
  | {
      kind: 'putTrack';
      layer: number;
      slot: number;
      labelId: string | null;
      keyframes: KeyframeView[];
    }
  | { kind: 'setKeyframe'; layer: number; slot: number; keyframe: KeyframeView }
  | { kind: 'deleteKeyframe'; layer: number; slot: number; pick: number }
  | { kind: 'relabel'; layer: number; slot: number; labelId: string | null }
  | {
      kind: 'putPolygon';
      layer: number;
      slot: number;
      labelId: string | null;
      keyframes: PolygonKeyframe[];
      geometry: 'polygon' | 'polyline';
    }
  | {
      kind: 'putSegment';
      layer: number;
      slot: number;
      tierId: string;
      startMs: number;
      lengthMs: number;
      labelId: string | null;
    }
  | { kind: 'remove'; layer: number; slot: number; segment: boolean }
  | { kind: 'setText'; layer: number; slot: number; words: string[] };

const layerArb = fc.integer({ min: 0, max: EDITED_LAYERS.length - 1 });
const slotArb = fc.integer({ min: 0, max: 3 });

/** Random edits of tracks, keyframes, labels, polygons and segments of the three layers. */
export const editArb: fc.Arbitrary<LayerEdit> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('putTrack' as const),
      layer: layerArb,
      slot: slotArb,
      labelId: labelArb,
      keyframes: fc.array(keyframeArb, { minLength: 0, maxLength: 4 }),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('setKeyframe' as const),
      layer: layerArb,
      slot: slotArb,
      keyframe: keyframeArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('deleteKeyframe' as const),
      layer: layerArb,
      slot: slotArb,
      pick: fc.nat(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('relabel' as const),
      layer: layerArb,
      slot: slotArb,
      labelId: labelArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('putPolygon' as const),
      layer: layerArb,
      slot: slotArb,
      labelId: labelArb,
      keyframes: fc.array(polygonKeyframeArb, { minLength: 1, maxLength: 3 }),
      geometry: fc.constantFrom('polygon' as const, 'polyline' as const),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('putSegment' as const),
      layer: layerArb,
      slot: slotArb,
      tierId: fc.constantFrom('events', 'events', 'words'),
      startMs: fc.integer({ min: 0, max: 8 }).map((step) => step * 150),
      lengthMs: fc.integer({ min: 0, max: 12 }).map((step) => step * 120),
      labelId: labelArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('setText' as const),
      layer: layerArb,
      slot: slotArb,
      words: fc.array(fc.constantFrom('the', 'cat', 'sat', 'on', 'mat'), { maxLength: 4 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('remove' as const),
      layer: layerArb,
      slot: slotArb,
      segment: fc.boolean(),
    }),
  },
);

function sortedKeyframes<K extends { frame: number }>(keyframes: readonly K[]): K[] {
  const byFrame = new Map(keyframes.map((keyframe) => [keyframe.frame, keyframe]));
  return [...byFrame.values()].sort((a, b) => a.frame - b.frame);
}

const AUTHORSHIP = { attributes: {}, createdBy: 'u', updatedBy: 'u' };

function polygonPoints(anchor: readonly [number, number], size: number): number[] {
  const [x, y] = anchor;
  return [x, y, x + size, y, x + size, y + size, x, y + size];
}

/** One layer's records by id: what the edits change, and what the full computation reads. */
export class EditedLayer {
  readonly records = new Map<string, ComparedRecord>();
  /** Utterance texts by segment id, as the transcript binds them. */
  readonly texts = new Map<string, string>();
  readonly prefix: string;

  constructor(prefix: string) {
    this.prefix = prefix;
  }

  /** Applies an edit; answers the records it changed (null: removed), or none when it did nothing. */
  apply(edit: LayerEdit): [string, ComparedRecord | null][] {
    const objectId = `${this.prefix}o${edit.slot}`;
    const segmentId = `${this.prefix}s${edit.slot}`;
    const object = this.records.get(objectId);
    const put = (id: string, record: ComparedRecord | null): [string, ComparedRecord | null][] => {
      if (record) this.records.set(id, record);
      else this.records.delete(id);
      return [[id, record]];
    };
    switch (edit.kind) {
      case 'putTrack':
        return put(objectId, {
          kind: 'track',
          view: {
            id: objectId,
            labelId: edit.labelId,
            keyframes: sortedKeyframes(edit.keyframes),
            ...AUTHORSHIP,
          },
        });
      case 'putPolygon':
        return put(objectId, {
          kind: 'shape',
          view: {
            id: objectId,
            labelId: edit.labelId,
            geometry: edit.geometry,
            skeletonId: null,
            keyframes: sortedKeyframes(
              edit.keyframes.map((keyframe) => ({
                frame: keyframe.frame,
                points: polygonPoints(keyframe.anchor, keyframe.size),
                visible: null,
                outside: keyframe.outside,
              })),
            ),
            ...AUTHORSHIP,
          },
        });
      case 'setKeyframe':
        if (object?.kind !== 'track') return [];
        return put(objectId, {
          kind: 'track',
          view: {
            ...object.view,
            keyframes: sortedKeyframes([...object.view.keyframes, edit.keyframe]),
          },
        });
      case 'deleteKeyframe': {
        if (object?.kind !== 'track' && object?.kind !== 'shape') return [];
        const keyframes = object.view.keyframes;
        if (keyframes.length === 0) return [];
        const gone = keyframes[edit.pick % keyframes.length];
        const kept = keyframes.filter((keyframe) => keyframe !== gone);
        return object.kind === 'track'
          ? put(objectId, {
              kind: 'track',
              view: { ...object.view, keyframes: kept as KeyframeView[] },
            })
          : put(objectId, {
              kind: 'shape',
              view: { ...object.view, keyframes: kept as ShapeView['keyframes'] },
            });
      }
      case 'relabel': {
        if (object?.kind === 'track')
          return put(objectId, { kind: 'track', view: { ...object.view, labelId: edit.labelId } });
        if (object?.kind === 'shape')
          return put(objectId, { kind: 'shape', view: { ...object.view, labelId: edit.labelId } });
        return [];
      }
      case 'putSegment':
        return put(segmentId, {
          kind: 'segment',
          view: {
            id: segmentId,
            tierId: edit.tierId,
            startMs: edit.startMs,
            endMs: edit.startMs + edit.lengthMs,
            labelId: edit.labelId,
            speaker: null,
            value: null,
            ...AUTHORSHIP,
          },
        });
      case 'setText':
        // Text is bound to a segment only while the segment exists, as in the transcript.
        if (!this.records.has(segmentId)) return [];
        this.texts.set(segmentId, edit.words.join(' '));
        return [];
      case 'remove': {
        const id = edit.segment ? segmentId : objectId;
        if (edit.segment) this.texts.delete(id);
        return this.records.has(id) ? put(id, null) : [];
      }
    }
  }

  /** The layer as readLayer would give it. */
  snapshot(): LayerSnapshot {
    const records = [...this.records.values()];
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const segments = records.flatMap((record) => (record.kind === 'segment' ? [record.view] : []));
    return {
      tracks: records
        .flatMap((record) => (record.kind === 'track' ? [record.view] : []))
        .sort(byId) as TrackView[],
      shapes: records
        .flatMap((record) => (record.kind === 'shape' ? [record.view] : []))
        .sort(byId) as ShapeView[],
      segments: segments.sort(
        (a: SegmentView, b: SegmentView) => a.startMs - b.startMs || byId(a, b),
      ),
      masks: [],
      links: [],
      tags: [],
      instructions: [],
      violations: [],
    };
  }
}
