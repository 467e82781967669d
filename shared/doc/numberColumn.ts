import type { ByteReader } from './ByteReader.ts';
import type { ByteWriter } from './ByteWriter.ts';
import { varUintByteCount } from './ByteWriter.ts';

/** Powers of ten as literals, so encoder and decoder divide by exactly the same double. */
const DECIMAL_FACTORS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9] as const;
/** Scaled integers stay below this, so deltas and their zigzag codes remain exact. */
const MAX_SCALED_MAGNITUDE = 2 ** 50;
const FLOAT32_MODE = 0x20;
const FLOAT64_MODE = 0x40;

function zigzag(value: number): number {
  return value >= 0 ? value * 2 : -value * 2 - 1;
}

/** The values as integers at `decimals` places when each one survives the round trip exactly. */
function scaledAt(values: readonly number[], decimals: number): number[] | null {
  const factor = DECIMAL_FACTORS[decimals] as number;
  const scaled: number[] = new Array<number>(values.length);
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index] as number;
    // Integer arithmetic cannot carry the sign of -0; such a column is stored as floats.
    if (Object.is(value, -0)) return null;
    const integer = Math.round(value * factor);
    if (Math.abs(integer) > MAX_SCALED_MAGNITUDE || integer / factor !== value) return null;
    scaled[index] = integer;
  }
  return scaled;
}

function deltaByteCount(scaled: readonly number[]): number {
  let byteCount = 0;
  let previous = 0;
  for (const integer of scaled) {
    byteCount += varUintByteCount(zigzag(integer - previous));
    previous = integer;
  }
  return byteCount;
}

/** The cheapest decimal scale; more places only make the same deltas ten times larger. */
function cheapestDecimals(values: readonly number[]) {
  for (let decimals = 0; decimals < DECIMAL_FACTORS.length; decimals += 1) {
    const scaled = scaledAt(values, decimals);
    if (scaled) return { decimals, scaled, byteCount: deltaByteCount(scaled) };
  }
  return null;
}

/**
 * Writes numbers losslessly in the cheapest of: deltas of integers at 0–9 decimal places (zigzag
 * varints), float32 when every value is one, or float64.
 */
export function writeNumberColumn(writer: ByteWriter, values: readonly number[]): void {
  const decimal = cheapestDecimals(values);
  const float32Exact = values.every((value) => Object.is(Math.fround(value), value));
  const float32ByteCount = float32Exact ? 4 * values.length : Infinity;
  if (decimal && decimal.byteCount <= Math.min(float32ByteCount, 8 * values.length)) {
    writer.writeByte(decimal.decimals);
    let previous = 0;
    for (const integer of decimal.scaled) {
      writer.writeVarInt(integer - previous);
      previous = integer;
    }
  } else if (float32Exact) {
    writer.writeByte(FLOAT32_MODE);
    for (const value of values) writer.writeFloat32(value);
  } else {
    writer.writeByte(FLOAT64_MODE);
    for (const value of values) writer.writeFloat64(value);
  }
}

function readDecimals(reader: ByteReader, count: number, decimals: number): number[] {
  const factor = DECIMAL_FACTORS[decimals] as number;
  const values: number[] = new Array<number>(count);
  let integer = 0;
  for (let index = 0; index < count; index += 1) {
    integer += reader.readVarInt();
    if (Math.abs(integer) > MAX_SCALED_MAGNITUDE) {
      reader.fail(`value ${index} of a column exceeds ${MAX_SCALED_MAGNITUDE}`);
      return [];
    }
    values[index] = integer / factor;
  }
  return values;
}

/** Reads `count` numbers written by writeNumberColumn; problems are recorded on the reader. */
export function readNumberColumn(reader: ByteReader, count: number): number[] {
  const mode = reader.readByte();
  if (mode < DECIMAL_FACTORS.length) return readDecimals(reader, count, mode);
  if (mode !== FLOAT32_MODE && mode !== FLOAT64_MODE) {
    reader.fail(`column mode ${mode} is unknown`);
    return [];
  }
  const values: number[] = new Array<number>(count);
  for (let index = 0; index < count; index += 1) {
    values[index] = mode === FLOAT32_MODE ? reader.readFloat32() : reader.readFloat64();
  }
  return values;
}
