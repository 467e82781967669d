import { crc32 } from 'node:zlib';
import type { Result } from '../../../shared/schema/result.ts';
import { fail, ok } from '../../../shared/schema/result.ts';
import { PEAKS_FILE_FORMAT } from './peaksFileFormat.ts';
import type { PeaksLayout } from './PeaksLayout.ts';

type Levels = PeaksLayout['levels'];

function readLevels(file: Buffer, levelCount: number, sampleCount: number): Result<Levels> {
  const { fixedHeaderBytes, levelHeaderBytes } = PEAKS_FILE_FORMAT;
  const levels: Levels = [];
  let byteOffset = fixedHeaderBytes + levelHeaderBytes * levelCount;
  for (let index = 0; index < levelCount; index += 1) {
    const at = fixedHeaderBytes + levelHeaderBytes * index;
    const samplesPerBucket = file.readUInt32LE(at);
    const bucketCount = file.readUInt32LE(at + 4);
    const previous = levels[index - 1];
    if (samplesPerBucket < 1 || (previous && samplesPerBucket <= previous.samplesPerBucket)) {
      return fail(`level ${index} has ${samplesPerBucket} samples per bucket, out of order`);
    }
    if (bucketCount !== Math.ceil(sampleCount / samplesPerBucket)) {
      return fail(`level ${index} has ${bucketCount} buckets for ${sampleCount} samples`);
    }
    levels.push({ samplesPerBucket, bucketCount, byteOffset });
    byteOffset += 2 * bucketCount;
  }
  return ok(levels);
}

/**
 * Checks a whole peaks file (magic, version, header, size, checksum) and says where its levels
 * are; any mismatch is a failure naming it, so a damaged file is never served.
 */
export function readPeaksLayout(file: Buffer): Result<PeaksLayout> {
  const { fixedHeaderBytes, levelHeaderBytes, checksumBytes } = PEAKS_FILE_FORMAT;
  if (file.length < fixedHeaderBytes + checksumBytes) {
    return fail(`the file is ${file.length} bytes, shorter than a header`);
  }
  if (file.toString('latin1', 0, 4) !== PEAKS_FILE_FORMAT.magic) return fail('not a peaks file');
  const version = file.readUInt16LE(4);
  if (version !== PEAKS_FILE_FORMAT.version) return fail(`unknown peaks file version ${version}`);
  const levelCount = file.readUInt16LE(6);
  const sampleRate = file.readUInt32LE(8);
  const sampleCount = Number(file.readBigUInt64LE(12));
  if (levelCount < 1 || levelCount > PEAKS_FILE_FORMAT.maxLevels) {
    return fail(`the header declares ${levelCount} levels`);
  }
  if (sampleRate < 1 || sampleRate > PEAKS_FILE_FORMAT.maxSampleRate) {
    return fail(`the header declares a sample rate of ${sampleRate}`);
  }
  if (!Number.isSafeInteger(sampleCount)) return fail('the header declares too many samples');
  if (file.length < fixedHeaderBytes + levelHeaderBytes * levelCount + checksumBytes) {
    return fail('the file ends inside its header');
  }
  const levels = readLevels(file, levelCount, sampleCount);
  if (!levels.ok) return levels;
  const last = levels.value[levels.value.length - 1]!;
  const checksumAt = last.byteOffset + 2 * last.bucketCount;
  if (file.length !== checksumAt + checksumBytes) {
    return fail(`the file is ${file.length} bytes; its header says ${checksumAt + checksumBytes}`);
  }
  if (file.readUInt32LE(checksumAt) !== crc32(file.subarray(0, checksumAt))) {
    return fail('the checksum does not match the contents');
  }
  return ok({ sampleRate, sampleCount, levels: levels.value });
}
