/** Largest value a varint may carry: beyond it, numbers stop being exact integers. */
const MAX_VAR_UINT = Number.MAX_SAFE_INTEGER;

/**
 * Reads what ByteWriter wrote. Reading past the end or an oversized varint records an error and
 * yields 0 from then on, so a decoder checks `error` at its checkpoints instead of catching.
 */
export class ByteReader {
  readonly #bytes: Uint8Array;
  readonly #view: DataView;
  #offset = 0;
  #error: string | null = null;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** The first thing that went wrong, or null. */
  get error(): string | null {
    return this.#error;
  }

  /** Bytes not read yet. */
  get remainingByteCount(): number {
    return this.#bytes.length - this.#offset;
  }

  /** Records a problem the caller found in what it read; the first one is kept. */
  fail(message: string): void {
    this.#error ??= message;
  }

  readByte(): number {
    if (!this.#has(1)) return 0;
    return this.#bytes[this.#offset++] as number;
  }

  readVarUint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (!this.#has(1)) return 0;
      const byte = this.#bytes[this.#offset++] as number;
      value += (byte & 0x7f) * scale;
      if (value > MAX_VAR_UINT) {
        this.fail(`a varint at byte ${this.#offset - 1} exceeds ${MAX_VAR_UINT}`);
        return 0;
      }
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }

  readVarInt(): number {
    const zigzag = this.readVarUint();
    return zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
  }

  readFloat32(): number {
    if (!this.#has(4)) return 0;
    const value = this.#view.getFloat32(this.#offset, true);
    this.#offset += 4;
    return value;
  }

  readFloat64(): number {
    if (!this.#has(8)) return 0;
    const value = this.#view.getFloat64(this.#offset, true);
    this.#offset += 8;
    return value;
  }

  #has(byteCount: number): boolean {
    if (this.#error !== null) return false;
    if (this.#offset + byteCount <= this.#bytes.length) return true;
    this.fail(`the data ends at byte ${this.#bytes.length}; ${byteCount} more expected`);
    return false;
  }
}
