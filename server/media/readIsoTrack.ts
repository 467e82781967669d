import type { IsoBox } from './isoBmffBoxes.ts';
import { childBoxes, findBox } from './isoBmffBoxes.ts';

/** What one `trak` box says about its track. */
export interface IsoTrack {
  /** `vide`, `soun`, or another handler type. */
  handler: string;
  timescale: number;
  /** Track duration in timescale units (mdhd). */
  durationUnits: number;
  sampleCount: number;
  /** The sample duration that covers most samples, in timescale units (0 when unknown). */
  commonDeltaUnits: number;
  /** Presentation size after the track's rotation, in pixels (0 for non-visual tracks). */
  widthPx: number;
  heightPx: number;
}

function readMediaHeader(buffer: Buffer, mdhd: IsoBox): { timescale: number; duration: number } {
  const version = buffer.readUInt8(mdhd.payloadStart);
  if (version === 1) {
    return {
      timescale: buffer.readUInt32BE(mdhd.payloadStart + 20),
      duration: Number(buffer.readBigUInt64BE(mdhd.payloadStart + 24)),
    };
  }
  return {
    timescale: buffer.readUInt32BE(mdhd.payloadStart + 12),
    duration: buffer.readUInt32BE(mdhd.payloadStart + 16),
  };
}

function readTimeToSample(
  buffer: Buffer,
  stts: IsoBox | undefined,
): { sampleCount: number; commonDeltaUnits: number } {
  if (!stts) return { sampleCount: 0, commonDeltaUnits: 0 };
  const entryCount = buffer.readUInt32BE(stts.payloadStart + 4);
  const samplesPerDelta = new Map<number, number>();
  let sampleCount = 0;
  for (let index = 0; index < entryCount; index += 1) {
    const entryOffset = stts.payloadStart + 8 + index * 8;
    if (entryOffset + 8 > stts.end) break;
    const count = buffer.readUInt32BE(entryOffset);
    const delta = buffer.readUInt32BE(entryOffset + 4);
    sampleCount += count;
    samplesPerDelta.set(delta, (samplesPerDelta.get(delta) ?? 0) + count);
  }
  let commonDeltaUnits = 0;
  let mostSamples = 0;
  for (const [delta, count] of samplesPerDelta) {
    if (count > mostSamples && delta > 0) [commonDeltaUnits, mostSamples] = [delta, count];
  }
  return { sampleCount, commonDeltaUnits };
}

/** Width and height from tkhd (16.16 fixed point at its end), swapped when the matrix turns by 90°. */
function readPresentationSize(buffer: Buffer, tkhd: IsoBox | undefined): [number, number] {
  if (!tkhd) return [0, 0];
  const widthPx = Math.round(buffer.readUInt32BE(tkhd.end - 8) / 65536);
  const heightPx = Math.round(buffer.readUInt32BE(tkhd.end - 4) / 65536);
  const version = buffer.readUInt8(tkhd.payloadStart);
  const matrixStart = tkhd.payloadStart + (version === 1 ? 52 : 40);
  const scaleX = buffer.readInt32BE(matrixStart);
  const scaleY = buffer.readInt32BE(matrixStart + 16);
  const turnedQuarter = scaleX === 0 && scaleY === 0;
  return turnedQuarter ? [heightPx, widthPx] : [widthPx, heightPx];
}

/** Coded size from the first visual sample entry in stsd, for files whose tkhd size is 0. */
function readCodedSize(buffer: Buffer, stsd: IsoBox | undefined): [number, number] {
  if (!stsd) return [0, 0];
  for (const entry of childBoxes(buffer, stsd.payloadStart + 8, stsd.end)) {
    if (entry.payloadStart + 28 > entry.end) return [0, 0];
    return [
      buffer.readUInt16BE(entry.payloadStart + 24),
      buffer.readUInt16BE(entry.payloadStart + 26),
    ];
  }
  return [0, 0];
}

/** Reads a `trak` box; undefined when it lacks the media header or handler every track needs. */
export function readIsoTrack(buffer: Buffer, trak: IsoBox): IsoTrack | undefined {
  const mdhd = findBox(buffer, trak, ['mdia', 'mdhd']);
  const hdlr = findBox(buffer, trak, ['mdia', 'hdlr']);
  if (!mdhd || !hdlr) return undefined;
  const handler = buffer.toString('latin1', hdlr.payloadStart + 8, hdlr.payloadStart + 12);
  const header = readMediaHeader(buffer, mdhd);
  const stbl = findBox(buffer, trak, ['mdia', 'minf', 'stbl']);
  const timing = readTimeToSample(buffer, stbl && findBox(buffer, stbl, ['stts']));
  let [widthPx, heightPx] = [0, 0];
  if (handler === 'vide') {
    [widthPx, heightPx] = readPresentationSize(buffer, findBox(buffer, trak, ['tkhd']));
    if (widthPx === 0 || heightPx === 0) {
      [widthPx, heightPx] = readCodedSize(buffer, stbl && findBox(buffer, stbl, ['stsd']));
    }
  }
  return {
    handler,
    timescale: header.timescale,
    durationUnits: header.duration,
    ...timing,
    widthPx,
    heightPx,
  };
}
