import type { MaskOperation } from '../../mask/maskOperation.ts';
import type { AttributeValue } from '../../schema/recordBase.ts';
import { layoutJson } from './layoutJson.ts';
import type { NativeLink, NativeLinkEnd } from './nativeLinkSchema.ts';
import type { NativeShape } from './nativeShapeSchema.ts';
import type {
  NativeItem,
  NativeLayer,
  NativeMedia,
  NativeRecord,
  NativeTrack,
} from './nativeItemSchema.ts';

function byKey(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

function sortedByKey<T>(entries: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(entries).sort(([left], [right]) => byKey(left, right)));
}

function orderedMedia(media: NativeMedia | null) {
  if (media === null) return null;
  const { durationMs, frameRate, frameCount, width, height, mimeType, sha256 } = media;
  return {
    durationMs,
    frameRate: { num: frameRate.num, den: frameRate.den },
    frameCount,
    width,
    height,
    mimeType,
    sha256,
  };
}

function orderedKeyframes(keyframes: NativeTrack['keyframes']) {
  const frames = Object.keys(keyframes).sort((left, right) => Number(left) - Number(right));
  return Object.fromEntries(
    frames.map((frame) => {
      const { box, outside } = keyframes[frame] as NativeTrack['keyframes'][string];
      return [frame, { box: { x: box.x, y: box.y, w: box.w, h: box.h }, outside }];
    }),
  );
}

function orderedOperation(operation: MaskOperation) {
  const { kind, mode, frame, by, atMs } = operation;
  const common = { kind, mode, frame, by, atMs };
  if (operation.kind === 'stroke') {
    return { ...common, radius: operation.radius, points: [...operation.points] };
  }
  if (operation.kind === 'polygon') return { ...common, points: [...operation.points] };
  return { ...common, runs: operation.runs };
}

function orderedShape(shape: NativeShape) {
  const keyframes = [...shape.keyframes].sort((left, right) => left.frame - right.frame);
  return {
    geometry: shape.geometry,
    skeletonId: shape.skeletonId,
    keyframes: keyframes.map(({ frame, points, visible, outside }) => ({
      frame,
      points: [...points],
      visible: visible === null ? null : [...visible],
      outside,
    })),
  };
}

function orderedEnd(end: NativeLinkEnd) {
  if (end.kind === 'object') {
    const { kind, objectId, startMs, endMs } = end;
    return { kind, objectId, startMs, endMs };
  }
  const { kind, segmentId, from, to, quote } = end;
  return { kind, segmentId, from, to, quote };
}

function orderedLink(link: NativeLink) {
  const { id, relationTypeId, from, to, createdBy, createdAt, updatedBy } = link;
  const ends = { from: orderedEnd(from), to: orderedEnd(to) };
  return { id, relationTypeId, ...ends, createdBy, createdAt, updatedBy };
}

function orderedRecord(record: NativeRecord) {
  const base = {
    id: record.id,
    kind: record.kind,
    labelId: record.labelId,
    source: record.source,
    createdBy: record.createdBy,
    createdAt: record.createdAt,
    updatedBy: record.updatedBy,
    attributes: sortedByKey<AttributeValue>(record.attributes),
  };
  if (record.kind === 'track') return { ...base, keyframes: orderedKeyframes(record.keyframes) };
  if (record.kind === 'shape') return { ...base, ...orderedShape(record) };
  if (record.kind === 'mask') {
    const { width, height, operations } = record;
    return { ...base, width, height, operations: operations.map(orderedOperation) };
  }
  const { tierId, startMs, endMs, speaker, value } = record;
  return { ...base, tierId, startMs, endMs, speaker, value };
}

function orderedLayer(layer: NativeLayer) {
  return {
    layer: layer.layer,
    records: layer.records.map(orderedRecord),
    transcript: layer.transcript.map(({ segmentId, text }) => ({ segmentId, text })),
    links: layer.links.map(orderedLink),
    meta: {
      schemaVersion: layer.meta.schemaVersion,
      recordVersions: sortedByKey(layer.meta.recordVersions),
    },
  };
}

/**
 * Writes a native file. Keys come in one fixed order (envelope first, then each record's common
 * fields, keyframes by frame), so the same item always gives the same bytes.
 */
export function encodeNativeItem(item: NativeItem): string {
  return layoutJson({
    format: item.format,
    version: item.version,
    exportedAt: item.exportedAt,
    project: { id: item.project.id },
    item: { id: item.item.id, name: item.item.name, media: orderedMedia(item.item.media) },
    schemaVersions: {
      document: item.schemaVersions.document,
      records: sortedByKey(item.schemaVersions.records),
    },
    layers: item.layers.map(orderedLayer),
  });
}
