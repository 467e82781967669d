import { crc32 } from 'node:zlib';
import type { ComputedPeaks } from './ComputedPeaks.ts';
import { PEAKS_FILE_FORMAT } from './peaksFileFormat.ts';

/** The bytes of a peaks file (see PEAKS_FILE_FORMAT) holding every level of `peaks`. */
export function encodePeaksFile(peaks: ComputedPeaks): Buffer {
  const { fixedHeaderBytes, levelHeaderBytes, checksumBytes } = PEAKS_FILE_FORMAT;
  const headerBytes = fixedHeaderBytes + levelHeaderBytes * peaks.levels.length;
  const payloadBytes = peaks.levels.reduce((sum, level) => sum + level.buckets.length, 0);
  const file = Buffer.alloc(headerBytes + payloadBytes + checksumBytes);
  file.write(PEAKS_FILE_FORMAT.magic, 0, 'latin1');
  file.writeUInt16LE(PEAKS_FILE_FORMAT.version, 4);
  file.writeUInt16LE(peaks.levels.length, 6);
  file.writeUInt32LE(peaks.sampleRate, 8);
  file.writeBigUInt64LE(BigInt(peaks.sampleCount), 12);
  let offset = headerBytes;
  peaks.levels.forEach((level, index) => {
    const at = fixedHeaderBytes + levelHeaderBytes * index;
    file.writeUInt32LE(level.samplesPerBucket, at);
    file.writeUInt32LE(level.buckets.length / 2, at + 4);
    file.set(
      new Uint8Array(level.buckets.buffer, level.buckets.byteOffset, level.buckets.length),
      offset,
    );
    offset += level.buckets.length;
  });
  file.writeUInt32LE(crc32(file.subarray(0, offset)), offset);
  return file;
}
