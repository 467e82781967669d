import { z } from 'zod';
import { LAYER_PATTERN, PROJECT_OR_ITEM_ID_PATTERN, RECORD_ID_PATTERN } from '../../schema/ids.ts';
import { MAX_MASK_SIDE } from '../../mask/MaskBitmap.ts';
import { maskOperationSchema } from '../../mask/maskOperation.ts';
import { keyframeSchema } from '../../schema/keyframe.ts';
import { segmentSchema } from '../../schema/segment.ts';
import { MAX_FRAME_INDEX } from '../../schema/track.ts';
import { nativeLinkSchema } from './nativeLinkSchema.ts';
import { nativeAttributesSchema, nativeRecordBaseShape } from './nativeRecordBase.ts';
import { nativeShapeSchema } from './nativeShapeSchema.ts';

/** The `format` field of every Concord native file. */
export const NATIVE_FORMAT = 'concord.item';

/**
 * The native layout this build writes; a change to what a record looks like in the file bumps it.
 * 2 added shapes and links; files of older versions are upgraded when read (upgradeNativeItem.ts).
 */
export const NATIVE_FORMAT_VERSION = 2;

/** The oldest native layout this build still reads. */
export const OLDEST_NATIVE_FORMAT_VERSION = 1;

const wholeNumber = z.number().int().nonnegative();

const frameKeySchema = z
  .string()
  .regex(
    /^(0|[1-9][0-9]{0,8})$/,
    'is not a frame index: a whole number written without leading zeros',
  )
  .refine(
    (key) => Number(key) <= MAX_FRAME_INDEX,
    `is past the largest frame index ${MAX_FRAME_INDEX}`,
  );

/**
 * A track as the file holds it: its keyframes resolved and keyed by frame index, however the layer
 * stores them (so a file never depends on the storage shape of keyframes).
 */
export const nativeTrackSchema = z.object({
  ...nativeRecordBaseShape,
  kind: z.literal('track'),
  keyframes: z.record(frameKeySchema, keyframeSchema),
});

/** A mask as the file holds it: its size and its whole operation list, in list order. */
export const nativeMaskSchema = z.object({
  ...nativeRecordBaseShape,
  kind: z.literal('mask'),
  width: z.number().int().min(1).max(MAX_MASK_SIDE),
  height: z.number().int().min(1).max(MAX_MASK_SIDE),
  operations: z.array(maskOperationSchema).max(1_000_000),
});

/** A track, shape, mask or segment record of a layer. */
export const nativeRecordSchema = z.discriminatedUnion('kind', [
  nativeTrackSchema,
  nativeShapeSchema,
  nativeMaskSchema,
  segmentSchema.extend({ attributes: nativeAttributesSchema }),
]);

/** One block of the transcript in document order: the utterance segment it is bound to and its text. */
export const nativeTranscriptBlockSchema = z.object({
  segmentId: z.string().regex(RECORD_ID_PATTERN, 'is not a record id').nullable(),
  text: z.string().max(1_000_000),
});

const versionsShape = {
  schemaVersion: wholeNumber,
  recordVersions: z.record(z.string().max(64), wholeNumber),
};

/**
 * One layer document: every record, the transcript, the links between them, and the schema
 * versions it was stamped with.
 */
export const nativeLayerSchema = z.object({
  layer: z.string().regex(LAYER_PATTERN, `must match ${LAYER_PATTERN.source}`),
  records: z.array(nativeRecordSchema),
  transcript: z.array(nativeTranscriptBlockSchema),
  links: z.array(nativeLinkSchema),
  meta: z.object(versionsShape),
});

/** The item's media as probed at ingest; keyframes and segments are checked against it on import. */
export const nativeMediaSchema = z.object({
  durationMs: wholeNumber,
  frameRate: z.object({ num: z.number().int().positive(), den: z.number().int().positive() }),
  frameCount: wholeNumber,
  width: wholeNumber,
  height: wholeNumber,
  mimeType: z.string().min(1).max(200),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hexadecimal digits'),
});

const itemIdText = z
  .string()
  .regex(PROJECT_OR_ITEM_ID_PATTERN, `must match ${PROJECT_OR_ITEM_ID_PATTERN.source}`);

/**
 * The Concord native file: one whole item, every layer, lossless. `schemaVersions` are those of the
 * build that wrote it; a reader refuses versions newer than its own.
 */
export const nativeItemSchema = z.object({
  format: z.literal(NATIVE_FORMAT),
  version: z.literal(NATIVE_FORMAT_VERSION),
  exportedAt: z.iso.datetime({ error: 'expected a UTC date-time like 2025-01-31T12:00:00.000Z' }),
  project: z.object({ id: itemIdText }),
  item: z.object({
    id: itemIdText,
    name: z.string().min(1).max(200),
    media: nativeMediaSchema.nullable(),
  }),
  schemaVersions: z.object({
    document: wholeNumber,
    records: versionsShape.recordVersions,
  }),
  layers: z.array(nativeLayerSchema),
});

export type NativeItem = z.infer<typeof nativeItemSchema>;
export type NativeLayer = z.infer<typeof nativeLayerSchema>;
export type NativeRecord = z.infer<typeof nativeRecordSchema>;
export type NativeTrack = z.infer<typeof nativeTrackSchema>;
export type NativeMask = z.infer<typeof nativeMaskSchema>;
export type NativeSegment = Extract<NativeRecord, { kind: 'segment' }>;
export type NativeTranscriptBlock = z.infer<typeof nativeTranscriptBlockSchema>;
export type NativeMedia = z.infer<typeof nativeMediaSchema>;
