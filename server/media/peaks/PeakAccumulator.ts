/**
 * Turns a stream of signed 16-bit little-endian mono samples into min/max buckets of a fixed
 * number of samples, chunk by chunk, so the decoded signal is never held whole. A bucket keeps
 * the high byte of its lowest and highest sample.
 */
export class PeakAccumulator {
  private readonly samplesPerBucket: number;
  private buckets: Int8Array;
  private bucketCount = 0;
  private filled = 0;
  private low = 0;
  private high = 0;
  /** The first byte of a sample split across two chunks. */
  private carriedByte: number | null = null;
  private samples = 0;

  constructor(samplesPerBucket: number, expectedSamples = 0) {
    if (!Number.isInteger(samplesPerBucket) || samplesPerBucket < 1) {
      throw new RangeError(`samplesPerBucket must be a whole number ≥ 1, not ${samplesPerBucket}`);
    }
    this.samplesPerBucket = samplesPerBucket;
    const expectedBuckets = Math.ceil(Math.max(0, expectedSamples) / samplesPerBucket);
    this.buckets = new Int8Array(2 * Math.max(1024, expectedBuckets + 16));
  }

  get sampleCount(): number {
    return this.samples;
  }

  push(chunk: Uint8Array): void {
    let start = 0;
    if (this.carriedByte !== null && chunk.byteLength > 0) {
      const joined = new Uint8Array([this.carriedByte, chunk[0]!]);
      this.carriedByte = null;
      this.addRun(new DataView(joined.buffer), 0, 2);
      start = 1;
    }
    const end = start + ((chunk.byteLength - start) & ~1);
    this.addRun(new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength), start, end);
    if (end < chunk.byteLength) this.carriedByte = chunk[end]!;
  }

  /** Closes the last, partly filled bucket and returns the buckets (min, max pairs). */
  finish(): { sampleCount: number; buckets: Int8Array } {
    if (this.filled > 0) this.closeBucket(this.low, this.high);
    this.filled = 0;
    return { sampleCount: this.samples, buckets: this.buckets.slice(0, 2 * this.bucketCount) };
  }

  private addRun(view: DataView, start: number, end: number): void {
    let { filled, low, high } = this;
    const perBucket = this.samplesPerBucket;
    for (let offset = start; offset < end; offset += 2) {
      const sample = view.getInt16(offset, true);
      if (filled === 0) {
        low = sample;
        high = sample;
      } else if (sample < low) {
        low = sample;
      } else if (sample > high) {
        high = sample;
      }
      filled += 1;
      if (filled === perBucket) {
        this.closeBucket(low, high);
        filled = 0;
      }
    }
    this.samples += (end - start) / 2;
    this.filled = filled;
    this.low = low;
    this.high = high;
  }

  private closeBucket(low: number, high: number): void {
    if (2 * this.bucketCount + 2 > this.buckets.length) {
      const grown = new Int8Array(this.buckets.length * 2);
      grown.set(this.buckets);
      this.buckets = grown;
    }
    this.buckets[2 * this.bucketCount] = low >> 8;
    this.buckets[2 * this.bucketCount + 1] = high >> 8;
    this.bucketCount += 1;
  }
}
