import type * as Y from 'yjs';
import { readDocumentVersions } from '../../shared/doc/layerMeta.ts';
import type { MaskView, SegmentView, TrackView } from '../../shared/doc/readLayer.ts';
import { readMaskOperations } from '../../shared/doc/writeMasks.ts';
import { readLayer } from '../../shared/doc/readLayer.ts';
import type {
  NativeLayer,
  NativeRecord,
  NativeTrack,
} from '../../shared/formats/native/nativeItemSchema.ts';
import { readUtteranceTexts } from '../history/readUtteranceTexts.ts';
import { readRecordExtras } from './readRecordExtras.ts';

function nativeTrack(doc: Y.Doc, track: TrackView): NativeRecord {
  const keyframes: NativeTrack['keyframes'] = {};
  for (const { frame, box, outside } of track.keyframes) {
    keyframes[String(frame)] = { box: { x: box.x, y: box.y, w: box.w, h: box.h }, outside };
  }
  const { createdAt, source, attributes } = readRecordExtras(doc, track.id);
  return {
    id: track.id,
    kind: 'track',
    labelId: track.labelId,
    source,
    createdBy: track.createdBy,
    createdAt,
    updatedBy: track.updatedBy,
    attributes,
    keyframes,
  };
}

function nativeMask(doc: Y.Doc, mask: MaskView): NativeRecord {
  const { createdAt, source, attributes } = readRecordExtras(doc, mask.id);
  const operations = readMaskOperations(doc, mask.id);
  return {
    id: mask.id,
    kind: 'mask',
    labelId: mask.labelId,
    source,
    createdBy: mask.createdBy,
    createdAt,
    updatedBy: mask.updatedBy,
    attributes,
    width: mask.width,
    height: mask.height,
    operations: operations.ok ? operations.value : [],
  };
}

function nativeSegment(doc: Y.Doc, segment: SegmentView): NativeRecord {
  const { createdAt, source, attributes } = readRecordExtras(doc, segment.id);
  return {
    id: segment.id,
    kind: 'segment',
    labelId: segment.labelId,
    source,
    createdBy: segment.createdBy,
    createdAt,
    updatedBy: segment.updatedBy,
    attributes,
    tierId: segment.tierId,
    startMs: segment.startMs,
    endMs: segment.endMs,
    speaker: segment.speaker,
    value: segment.value,
  };
}

/**
 * A layer document as the native file holds it: tracks and masks (by id) then segments (by start), as
 * readLayer reads and normalises them, and the transcript's blocks in document order.
 */
export function readNativeLayer(doc: Y.Doc, layer: string): NativeLayer {
  const snapshot = readLayer(doc);
  const versions = readDocumentVersions(doc);
  return {
    layer,
    records: [
      ...snapshot.tracks.map((track) => nativeTrack(doc, track)),
      ...snapshot.masks.map((mask) => nativeMask(doc, mask)),
      ...snapshot.segments.map((segment) => nativeSegment(doc, segment)),
    ],
    transcript: readUtteranceTexts(doc).map(({ segmentId, text }) => ({
      segmentId: segmentId === null || segmentId === '' ? null : segmentId,
      text,
    })),
    meta: { schemaVersion: versions.schemaVersion, recordVersions: versions.recordVersions },
  };
}
