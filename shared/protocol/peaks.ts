import { z } from 'zod';

/**
 * Bytes per bucket, on disk and on the wire: the bucket's lowest then highest sample as int8
 * (the high byte of a 16-bit sample, so −128 is full scale below zero and 127 above).
 */
export const PEAK_BYTES_PER_BUCKET = 2;

/** The most buckets one GET /media/:mediaId/peaks/buckets may ask for. */
export const MAX_PEAK_BUCKETS_PER_REQUEST = 65_536;

/** One level of detail of a waveform: each bucket covers `samplesPerBucket` samples. */
export const peakLevelSchema = z.object({
  samplesPerBucket: z.number().int().positive(),
  bucketCount: z.number().int().nonnegative(),
});
export type PeakLevel = z.infer<typeof peakLevelSchema>;

/** GET /media/:mediaId/peaks: the waveform levels of a media file's first audio stream, finest first. */
export const peaksDescriptionSchema = z.object({
  mediaId: z.string(),
  /** Samples per second of the mono signal the peaks were taken from. */
  sampleRate: z.number().int().positive(),
  sampleCount: z.number().int().nonnegative(),
  levels: z.array(peakLevelSchema).min(1),
});
export type PeaksDescription = z.infer<typeof peaksDescriptionSchema>;

function wholeNumber(name: string, meaning: string) {
  return z
    .string({ error: `${name} is required: ${meaning}` })
    .regex(/^\d{1,10}$/, `${name} must be a whole number (${meaning})`)
    .transform(Number);
}

/**
 * GET /media/:mediaId/peaks/buckets?level=&from=&count=: `count` buckets of one level from bucket
 * `from`, answered as `count × PEAK_BYTES_PER_BUCKET` bytes (min, max, min, max, …).
 */
export const peakBucketsQuerySchema = z.object({
  level: wholeNumber('level', 'the index of a level, 0 being the finest'),
  from: wholeNumber('from', 'the index of the first bucket'),
  count: wholeNumber('count', 'how many buckets to send'),
});
export type PeakBucketsQuery = z.infer<typeof peakBucketsQuerySchema>;

/** How long one bucket of a level lasts, in (fractional) milliseconds. */
export function msPerBucket(description: PeaksDescription, level: PeakLevel): number {
  return (level.samplesPerBucket * 1000) / description.sampleRate;
}
