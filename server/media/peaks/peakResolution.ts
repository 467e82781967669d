/** How finely peaks are computed; changing it changes what new peaks files hold, never how old ones read. */
export const PEAK_RESOLUTION = {
  /** The mono signal is resampled to this rate (speech keeps everything below 8 kHz). */
  sampleRate: 16_000,
  /** The finest level: 2 ms per bucket at 16 kHz. */
  finestSamplesPerBucket: 32,
  /** Each coarser level merges this many buckets of the one before. */
  levelFactor: 4,
  /** Coarser levels are added until one has at most this many buckets for the whole file. */
  coarsestMaxBuckets: 512,
} as const;
