import type * as Y from 'yjs';
import { readDocumentVersions } from '../../shared/doc/layerMeta.ts';
import type { MaskView, SegmentView, ShapeView, TrackView } from '../../shared/doc/readLayer.ts';
import { readMaskOperations } from '../../shared/doc/writeMasks.ts';
import { readLayer } from '../../shared/doc/readLayer.ts';
import type {
  NativeLayer,
  NativeRecord,
  NativeTrack,
} from '../../shared/formats/native/nativeItemSchema.ts';
import { readUtteranceTexts } from '../history/readUtteranceTexts.ts';
import { readNativeLinks } from './readNativeLinks.ts';
import { readRecordExtras } from './readRecordExtras.ts';

type RecordView = TrackView | ShapeView | MaskView | SegmentView;

/** The fields every record carries in the file; attributes as readLayer reads them, static and per frame. */
function nativeBase(doc: Y.Doc, view: RecordView) {
  const { createdAt, source } = readRecordExtras(doc, view.id);
  return {
    id: view.id,
    labelId: view.labelId,
    source,
    createdBy: view.createdBy,
    createdAt,
    updatedBy: view.updatedBy,
    attributes: { ...view.attributes },
  };
}

function nativeTrack(doc: Y.Doc, track: TrackView): NativeRecord {
  const keyframes: NativeTrack['keyframes'] = {};
  for (const { frame, box, outside } of track.keyframes) {
    keyframes[String(frame)] = { box: { x: box.x, y: box.y, w: box.w, h: box.h }, outside };
  }
  return { ...nativeBase(doc, track), kind: 'track', keyframes };
}

function nativeShape(doc: Y.Doc, shape: ShapeView): NativeRecord {
  return {
    ...nativeBase(doc, shape),
    kind: 'shape',
    geometry: shape.geometry,
    skeletonId: shape.skeletonId,
    keyframes: shape.keyframes.map(({ frame, points, visible, outside }) => ({
      frame,
      points: [...points],
      visible: visible === null ? null : [...visible],
      outside,
    })),
  };
}

function nativeMask(doc: Y.Doc, mask: MaskView): NativeRecord {
  const operations = readMaskOperations(doc, mask.id);
  return {
    ...nativeBase(doc, mask),
    kind: 'mask',
    width: mask.width,
    height: mask.height,
    operations: operations.ok ? operations.value : [],
  };
}

function nativeSegment(doc: Y.Doc, segment: SegmentView): NativeRecord {
  return {
    ...nativeBase(doc, segment),
    kind: 'segment',
    tierId: segment.tierId,
    startMs: segment.startMs,
    endMs: segment.endMs,
    speaker: segment.speaker,
    value: segment.value,
  };
}

/**
 * A layer document as the native file holds it: tracks, shapes and masks (by id) then segments
 * (by start), as readLayer reads and normalises them, the transcript's blocks in document order,
 * and the links (by id) with their text ends as character offsets.
 */
export function readNativeLayer(doc: Y.Doc, layer: string): NativeLayer {
  const snapshot = readLayer(doc);
  const versions = readDocumentVersions(doc);
  return {
    layer,
    records: [
      ...snapshot.tracks.map((track) => nativeTrack(doc, track)),
      ...snapshot.shapes.map((shape) => nativeShape(doc, shape)),
      ...snapshot.masks.map((mask) => nativeMask(doc, mask)),
      ...snapshot.segments.map((segment) => nativeSegment(doc, segment)),
    ],
    transcript: readUtteranceTexts(doc).map(({ segmentId, text }) => ({
      segmentId: segmentId === null || segmentId === '' ? null : segmentId,
      text,
    })),
    links: readNativeLinks(doc, snapshot.links),
    meta: { schemaVersion: versions.schemaVersion, recordVersions: versions.recordVersions },
  };
}
