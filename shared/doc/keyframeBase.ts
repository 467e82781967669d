import type { FramedKeyframe } from '../schema/keyframe.ts';
import { MAX_FRAME_INDEX } from '../schema/keyframe.ts';
import type { Result } from '../schema/result.ts';
import { fail, ok } from '../schema/result.ts';
import { ByteReader } from './ByteReader.ts';
import { ByteWriter } from './ByteWriter.ts';
import { readNumberColumn, writeNumberColumn } from './numberColumn.ts';

/**
 * Version byte of the encoding; a reader refuses any other. Layout after it: keyframe count; runs of
 * consecutive frames (gap after the previous run, length); runs of `outside` alternating from
 * false; then the x, y, w and h columns (see writeNumberColumn). Counts and runs are LEB128 varints.
 */
export const KEYFRAME_BASE_FORMAT = 1;

/** Every value needs at least one byte in each of the four box columns. */
const MIN_BYTES_PER_KEYFRAME = 4;

function problemIn(keyframes: readonly FramedKeyframe[]): string | null {
  let previousFrame = -1;
  for (const { frame, box, outside } of keyframes) {
    if (!Number.isInteger(frame) || frame <= previousFrame || frame > MAX_FRAME_INDEX) {
      return `frame ${frame} is not a frame index after ${previousFrame} and at most ${MAX_FRAME_INDEX}`;
    }
    const numbers = [box.x, box.y, box.w, box.h];
    if (!numbers.every(Number.isFinite) || box.w < 0 || box.h < 0 || typeof outside !== 'boolean') {
      return `the keyframe at frame ${frame} is not a box with finite x, y and non-negative w, h`;
    }
    previousFrame = frame;
  }
  return null;
}

/** Lengths of alternating runs of equal values, the first run counting `first` values (maybe 0). */
function runLengths<T>(values: readonly T[], first: T): number[] {
  const lengths: number[] = [];
  let current = first;
  let length = 0;
  for (const value of values) {
    if (value === current) length += 1;
    else {
      lengths.push(length);
      current = value;
      length = 1;
    }
  }
  if (length > 0 || lengths.length === 0) lengths.push(length);
  return lengths;
}

function writeFrames(writer: ByteWriter, keyframes: readonly FramedKeyframe[]): void {
  const runs: Array<{ start: number; length: number }> = [];
  for (const { frame } of keyframes) {
    const last = runs.at(-1);
    if (last && last.start + last.length === frame) last.length += 1;
    else runs.push({ start: frame, length: 1 });
  }
  writer.writeVarUint(runs.length);
  let end = 0;
  for (const { start, length } of runs) {
    writer.writeVarUint(start - end);
    writer.writeVarUint(length);
    end = start + length;
  }
}

/** Encodes keyframes sorted by frame into the compact immutable base of a track. */
export function encodeKeyframeBase(keyframes: readonly FramedKeyframe[]): Result<Uint8Array> {
  const problem = problemIn(keyframes);
  if (problem) return fail(`cannot encode the keyframe base: ${problem}`);
  const writer = new ByteWriter();
  writer.writeByte(KEYFRAME_BASE_FORMAT);
  writer.writeVarUint(keyframes.length);
  writeFrames(writer, keyframes);
  const outsideRuns = runLengths(
    keyframes.map((keyframe) => keyframe.outside),
    false,
  );
  writer.writeVarUint(outsideRuns.length);
  for (const length of outsideRuns) writer.writeVarUint(length);
  for (const field of ['x', 'y', 'w', 'h'] as const) {
    writeNumberColumn(
      writer,
      keyframes.map((keyframe) => keyframe.box[field]),
    );
  }
  return ok(writer.toBytes());
}

function readFrames(reader: ByteReader, count: number): number[] {
  const runCount = reader.readVarUint();
  if (runCount > count) reader.fail(`${runCount} frame runs for ${count} keyframes`);
  const runs: Array<[number, number]> = [];
  let end = 0;
  let total = 0;
  for (let index = 0; index < runCount && reader.error === null; index += 1) {
    const start = end + reader.readVarUint();
    const length = reader.readVarUint();
    end = start + length;
    total += length;
    runs.push([start, length]);
  }
  if (total !== count) reader.fail(`frame runs hold ${total} frames, not ${count}`);
  if (end - 1 > MAX_FRAME_INDEX) reader.fail(`frame ${end - 1} is after ${MAX_FRAME_INDEX}`);
  if (reader.error !== null) return [];
  const frames: number[] = [];
  for (const [start, length] of runs) {
    for (let frame = start; frame < start + length; frame += 1) frames.push(frame);
  }
  return frames;
}

function readOutside(reader: ByteReader, count: number): boolean[] {
  const runCount = reader.readVarUint();
  if (runCount > count + 1) reader.fail(`${runCount} outside runs for ${count} keyframes`);
  const outside: boolean[] = [];
  for (let index = 0; index < runCount && reader.error === null; index += 1) {
    const length = reader.readVarUint();
    if (outside.length + length > count) reader.fail(`outside runs exceed ${count} keyframes`);
    else for (let step = 0; step < length; step += 1) outside.push(index % 2 === 1);
  }
  if (outside.length !== count) reader.fail(`outside runs hold ${outside.length}, not ${count}`);
  return outside;
}

/** The columns of a base, one entry per keyframe, as read before any keyframe is built. */
interface BaseColumns {
  frames: readonly number[];
  outside: readonly boolean[];
  columns: ReadonlyArray<readonly number[]>;
}

function boxProblemAt(columns: BaseColumns, index: number): string | null {
  const [xs, ys, ws, hs] = columns.columns as [number[], number[], number[], number[]];
  const [x, y, w, h] = [xs[index]!, ys[index]!, ws[index]!, hs[index]!];
  if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(w) && Number.isFinite(h)) {
    if (w >= 0 && h >= 0) return null;
  }
  return `the box at frame ${columns.frames[index]} is not finite with non-negative w and h`;
}

function assemble(read: BaseColumns): Result<FramedKeyframe[]> {
  const [xs, ys, ws, hs] = read.columns as [number[], number[], number[], number[]];
  const keyframes: FramedKeyframe[] = new Array<FramedKeyframe>(read.frames.length);
  for (let index = 0; index < read.frames.length; index += 1) {
    const problem = boxProblemAt(read, index);
    if (problem) return fail(problem);
    const box = { x: xs[index]!, y: ys[index]!, w: ws[index]!, h: hs[index]! };
    keyframes[index] = { frame: read.frames[index]!, box, outside: read.outside[index]! };
  }
  return ok(keyframes);
}

function readColumns(bytes: Uint8Array): Result<BaseColumns> {
  const reader = new ByteReader(bytes);
  const format = reader.readByte();
  if (reader.error === null && format !== KEYFRAME_BASE_FORMAT) {
    return fail(`keyframe base format ${format} is not understood by this build; reload to update`);
  }
  const count = reader.readVarUint();
  if (count * MIN_BYTES_PER_KEYFRAME > reader.remainingByteCount) {
    reader.fail(`${count} keyframes cannot fit in ${bytes.length} bytes`);
  }
  const frames = readFrames(reader, count);
  const outside = readOutside(reader, count);
  const columns = [0, 1, 2, 3].map(() => readNumberColumn(reader, reader.error ? 0 : count));
  if (reader.error === null && reader.remainingByteCount > 0) {
    reader.fail(`${reader.remainingByteCount} bytes follow the keyframe base`);
  }
  if (reader.error !== null) return fail(`keyframe base cannot be read: ${reader.error}`);
  return ok({ frames, outside, columns });
}

/** Decodes a keyframe base; bytes that are not one give an error naming what is wrong. */
export function decodeKeyframeBase(bytes: Uint8Array): Result<FramedKeyframe[]> {
  const read = readColumns(bytes);
  return read.ok ? assemble(read.value) : read;
}

/**
 * The frames of a keyframe base, or what decodeKeyframeBase would refuse in it, without building
 * a keyframe: for readers that need only the violations of a large layer.
 */
export function keyframeBaseFrames(bytes: Uint8Array): Result<readonly number[]> {
  const read = readColumns(bytes);
  if (!read.ok) return read;
  for (let index = 0; index < read.value.frames.length; index += 1) {
    const problem = boxProblemAt(read.value, index);
    if (problem) return fail(problem);
  }
  return ok(read.value.frames);
}
