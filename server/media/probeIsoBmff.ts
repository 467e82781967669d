import fs from 'node:fs/promises';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import type { IsoTrack } from './readIsoTrack.ts';
import { readIsoTrack } from './readIsoTrack.ts';
import { childBoxes, readBoxHeader } from './isoBmffBoxes.ts';
import type { MediaProbe } from './MediaProbe.ts';

const MAX_MOOV_BYTES = 256 * 1024 * 1024;

/** Reads the top-level `moov` box wherever it is (start or end of the file) without reading the media data. */
async function readMovieBox(filePath: string): Promise<Result<Buffer>> {
  const file = await fs.open(filePath, 'r');
  try {
    const { size: fileBytes } = await file.stat();
    const header = Buffer.alloc(16);
    let offset = 0;
    while (offset + 8 <= fileBytes) {
      const { bytesRead } = await file.read(header, 0, 16, offset);
      if (bytesRead < 8) break;
      const size32 = header.readUInt32BE(0);
      const boxBytes =
        size32 === 0
          ? fileBytes - offset
          : size32 === 1 && bytesRead === 16
            ? Number(header.readBigUInt64BE(8))
            : size32;
      if (boxBytes < 8)
        return fail(`the file is damaged: a box at byte ${offset} has size ${boxBytes}`);
      if (header.toString('latin1', 4, 8) === 'moov') {
        if (boxBytes > MAX_MOOV_BYTES) {
          return fail(`the file's index (moov box) is ${boxBytes} bytes, more than Concord reads`);
        }
        const moov = Buffer.alloc(boxBytes);
        const read = await file.read(moov, 0, boxBytes, offset);
        if (read.bytesRead < boxBytes)
          return fail('the file is cut short inside its index (moov box)');
        return ok(moov);
      }
      offset += boxBytes;
    }
    return fail('the file has no index (moov box); it may be cut short or still being recorded');
  } finally {
    await file.close();
  }
}

function greatestCommonDivisor(left: number, right: number): number {
  return right === 0 ? left : greatestCommonDivisor(right, left % right);
}

function summarise(tracks: readonly IsoTrack[]): Result<MediaProbe> {
  const video = tracks.find((track) => track.handler === 'vide' && track.sampleCount > 0);
  const audio = tracks.find((track) => track.handler === 'soun');
  const fragmented =
    !video && tracks.some((track) => track.handler === 'vide' && track.sampleCount === 0);
  const timed = video ?? audio;
  if (fragmented || (timed && (timed.timescale === 0 || timed.durationUnits === 0))) {
    return fail(
      'the file keeps its samples in movie fragments, which the built-in MP4 reader does not read',
    );
  }
  if (!timed) return fail('the file has no video or audio track');
  const durationMs = Math.round((timed.durationUnits * 1000) / timed.timescale);
  if (!video) {
    return ok({
      durationMs,
      frameRate: { num: 0, den: 1 },
      frameCount: 0,
      width: 0,
      height: 0,
      hasAudio: true,
    });
  }
  if (video.commonDeltaUnits === 0)
    return fail('the video track gives no frame durations (stts box)');
  const divisor = greatestCommonDivisor(video.timescale, video.commonDeltaUnits);
  return ok({
    durationMs,
    frameRate: { num: video.timescale / divisor, den: video.commonDeltaUnits / divisor },
    frameCount: video.sampleCount,
    width: video.widthPx,
    height: video.heightPx,
    hasAudio: audio !== undefined,
  });
}

/**
 * Probes an MP4/MOV file natively: the first video track's duration (mdhd), frame count and
 * frame rate (stts; the most common frame duration for variable-rate video) and size (tkhd, or
 * stsd when tkhd has none); whether any sound track exists. Edit lists are not applied.
 */
export async function probeIsoBmff(filePath: string): Promise<Result<MediaProbe>> {
  const moov = await readMovieBox(filePath);
  if (!moov.ok) return moov;
  try {
    const movie = readBoxHeader(moov.value, 0, moov.value.length);
    if (!movie) return fail('the file is damaged: its index (moov box) has a bad header');
    const tracks: IsoTrack[] = [];
    for (const box of childBoxes(moov.value, movie.payloadStart, movie.end)) {
      if (box.type !== 'trak') continue;
      const track = readIsoTrack(moov.value, box);
      if (track) tracks.push(track);
    }
    return summarise(tracks);
  } catch (error) {
    if (error instanceof RangeError)
      return fail('the file is damaged: a box in its index is cut short');
    throw error;
  }
}
