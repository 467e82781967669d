/** One level of computed peaks: `buckets` holds min, max, min, max, … as int8, one pair per bucket. */
export interface ComputedPeakLevel {
  samplesPerBucket: number;
  buckets: Int8Array;
}

/** The peaks of a media file's first audio stream, mixed to mono, at every level, finest first. */
export interface ComputedPeaks {
  sampleRate: number;
  sampleCount: number;
  levels: ComputedPeakLevel[];
}
