/**
 * A peaks file, little-endian: the magic `CPKS`, u16 version, u16 level count, u32 sample rate,
 * u64 sample count, then per level u32 samples per bucket and u32 bucket count; then each level's
 * min/max int8 pairs, finest first; last, the CRC-32 of every byte before it.
 */
export const PEAKS_FILE_FORMAT = {
  magic: 'CPKS',
  version: 1,
  fixedHeaderBytes: 20,
  levelHeaderBytes: 8,
  checksumBytes: 4,
  maxLevels: 32,
  maxSampleRate: 384_000,
} as const;
