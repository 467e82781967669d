/** Where each level's buckets lie in a peaks file, as read from its header. */
export interface PeaksLayout {
  sampleRate: number;
  sampleCount: number;
  levels: Array<{ samplesPerBucket: number; bucketCount: number; byteOffset: number }>;
}
