/** An append-only byte buffer: LEB128 varints and little-endian floats, growing as needed. */
export class ByteWriter {
  #bytes = new Uint8Array(256);
  #length = 0;
  readonly #scratch = new DataView(new ArrayBuffer(8));

  /** Writes a byte (0–255). */
  writeByte(value: number): void {
    this.#reserve(1);
    this.#bytes[this.#length++] = value;
  }

  /** Writes a non-negative safe integer as an unsigned LEB128 varint. */
  writeVarUint(value: number): void {
    let rest = value;
    this.#reserve(8);
    while (rest >= 0x80) {
      this.#bytes[this.#length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.#bytes[this.#length++] = rest;
  }

  /** Writes a safe integer zigzag-encoded, so small magnitudes of either sign take few bytes. */
  writeVarInt(value: number): void {
    this.writeVarUint(value >= 0 ? value * 2 : -value * 2 - 1);
  }

  writeFloat32(value: number): void {
    this.#scratch.setFloat32(0, value, true);
    this.#copyScratch(4);
  }

  writeFloat64(value: number): void {
    this.#scratch.setFloat64(0, value, true);
    this.#copyScratch(8);
  }

  /** The bytes written so far, in a buffer of their own. */
  toBytes(): Uint8Array {
    return this.#bytes.slice(0, this.#length);
  }

  #copyScratch(byteCount: number): void {
    this.#reserve(byteCount);
    for (let index = 0; index < byteCount; index += 1) {
      this.#bytes[this.#length++] = this.#scratch.getUint8(index);
    }
  }

  #reserve(byteCount: number): void {
    if (this.#length + byteCount <= this.#bytes.length) return;
    const grown = new Uint8Array(Math.max(this.#bytes.length * 2, this.#length + byteCount));
    grown.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = grown;
  }
}

/** Bytes an unsigned LEB128 varint of `value` takes. */
export function varUintByteCount(value: number): number {
  let byteCount = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 0x80)) byteCount += 1;
  return byteCount;
}
