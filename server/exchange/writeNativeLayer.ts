import type * as Y from 'yjs';
import { importTrack } from '../../shared/doc/importTrack.ts';
import { appendMaskOperations, createMask } from '../../shared/doc/writeMasks.ts';
import { createSegment } from '../../shared/doc/writeRecords.ts';
import { createShape, setShapeKeyframe } from '../../shared/doc/writeShapes.ts';
import type {
  NativeLayer,
  NativeMask,
  NativeRecord,
  NativeSegment,
  NativeTrack,
} from '../../shared/formats/native/nativeItemSchema.ts';
import type { NativeShape } from '../../shared/formats/native/nativeShapeSchema.ts';
import type { FramedKeyframe } from '../../shared/schema/keyframe.ts';
import { clearLayerContent } from './clearLayerContent.ts';
import { writeNativeLinks } from './writeNativeLinks.ts';
import { writeRecordExtras } from './writeRecordExtras.ts';
import { writeTranscriptBlocks } from './writeTranscriptBlocks.ts';

function framedKeyframes(track: NativeTrack): FramedKeyframe[] {
  return Object.entries(track.keyframes)
    .map(([frame, { box, outside }]) => ({ frame: Number(frame), box: { ...box }, outside }))
    .sort((left, right) => left.frame - right.frame);
}

function writeTrack(doc: Y.Doc, track: NativeTrack, origin: unknown): void {
  const { id, labelId, source, createdBy, createdAt } = track;
  const written = importTrack(
    doc,
    { id, labelId, source, keyframes: framedKeyframes(track) },
    { userId: createdBy, nowMs: createdAt },
    origin,
  );
  if (!written.ok) throw new Error(written.error);
}

function writeShape(doc: Y.Doc, shape: NativeShape, origin: unknown): void {
  const { id, labelId, geometry, skeletonId } = shape;
  const author = { userId: shape.createdBy, nowMs: shape.createdAt };
  const [first, ...rest] = shape.keyframes.map(({ frame, points, visible, outside }) => ({
    frame,
    keyframe: { points, visible, outside },
  }));
  if (!first) throw new Error(`shape ${id} has no keyframe`);
  createShape(doc, { id, labelId, geometry, skeletonId, ...first }, author, origin);
  for (const { frame, keyframe } of rest) {
    if (!setShapeKeyframe(doc, id, frame, keyframe, author, origin)) {
      throw new Error(`shape ${id} was not created, so its keyframes cannot be set`);
    }
  }
}

function writeSegment(doc: Y.Doc, segment: NativeSegment, origin: unknown): void {
  const { id, tierId, startMs, endMs, labelId, speaker, value } = segment;
  createSegment(
    doc,
    { id, tierId, startMs, endMs, labelId, speaker, value },
    { userId: segment.createdBy, nowMs: segment.createdAt },
    origin,
  );
}

function writeMask(doc: Y.Doc, mask: NativeMask, origin: unknown): void {
  const { id, labelId, width, height } = mask;
  createMask(
    doc,
    { id, labelId, width, height },
    { userId: mask.createdBy, nowMs: mask.createdAt },
    origin,
  );
  const written = appendMaskOperations(doc, id, mask.operations, origin);
  if (!written.ok) throw new Error(written.error);
}

function writeRecord(doc: Y.Doc, record: NativeRecord, origin: unknown): void {
  if (record.kind === 'track') writeTrack(doc, record, origin);
  else if (record.kind === 'shape') writeShape(doc, record, origin);
  else if (record.kind === 'mask') writeMask(doc, record, origin);
  else writeSegment(doc, record, origin);
  writeRecordExtras(doc, record);
}

/**
 * Makes a layer document hold exactly the file's layer: every record (a track's keyframes as the
 * dense base an import writes), then the transcript, then the links, whose text ends are anchored
 * in the transcript just written. Call inside one transaction; the layer must have passed the
 * native checks, or the shared writers throw.
 */
export function writeNativeLayer(doc: Y.Doc, layer: NativeLayer, origin: unknown): void {
  clearLayerContent(doc, origin);
  for (const record of layer.records) writeRecord(doc, record, origin);
  writeTranscriptBlocks(doc, layer.transcript);
  writeNativeLinks(doc, layer.links, origin);
}
