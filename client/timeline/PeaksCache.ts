import type { PeakLevel } from '../../shared/protocol/peaks.ts';
import type { ApiResult } from '../api/ApiResult.ts';

/** Buckets are fetched in aligned blocks of this many, so scrolling back and forth reuses them. */
export const PEAK_BLOCK_BUCKETS = 2048;

/** At most this many blocks (4 KiB each) are kept; the least recently used go first. */
const MAX_CACHED_BLOCKS = 64;

/** Fetches `count` buckets of a level from bucket `from`. */
export type FetchBuckets = (
  level: number,
  from: number,
  count: number,
) => Promise<ApiResult<Int8Array>>;

/** The buckets of one waveform that have been fetched, per level, in blocks; fetches only what is missing. */
export class PeaksCache {
  private readonly levels: readonly PeakLevel[];
  private readonly fetchBuckets: FetchBuckets;
  private readonly blocks = new Map<string, Int8Array>();
  private readonly pending = new Map<string, Promise<string | null>>();

  constructor(levels: readonly PeakLevel[], fetchBuckets: FetchBuckets) {
    this.levels = levels;
    this.fetchBuckets = fetchBuckets;
  }

  /** Reads a bucket into `into` (min, max); false when its block is not loaded. */
  readBucket(level: number, bucket: number, into: { min: number; max: number }): boolean {
    const block = this.blocks.get(`${level}:${Math.floor(bucket / PEAK_BLOCK_BUCKETS)}`);
    if (!block) return false;
    const offset = 2 * (bucket % PEAK_BLOCK_BUCKETS);
    into.min = block[offset]!;
    into.max = block[offset + 1]!;
    return true;
  }

  /** Loads the blocks holding buckets `from` to `to` (exclusive) of a level; resolves to the first error, or null. */
  async load(level: number, from: number, to: number): Promise<string | null> {
    const bucketCount = this.levels[level]?.bucketCount ?? 0;
    const wanted: string[] = [];
    const loads: Array<Promise<string | null>> = [];
    const lastBlock = Math.ceil(Math.min(to, bucketCount) / PEAK_BLOCK_BUCKETS);
    for (let block = Math.floor(from / PEAK_BLOCK_BUCKETS); block < lastBlock; block += 1) {
      const key = `${level}:${block}`;
      wanted.push(key);
      const held = this.blocks.get(key);
      if (held) {
        this.blocks.delete(key);
        this.blocks.set(key, held);
      } else {
        loads.push(this.fetchBlock(key, level, block, bucketCount));
      }
    }
    const errors = await Promise.all(loads);
    this.evict(new Set(wanted));
    return errors.find((error) => error !== null) ?? null;
  }

  private fetchBlock(key: string, level: number, block: number, bucketCount: number) {
    const running = this.pending.get(key);
    if (running) return running;
    const from = block * PEAK_BLOCK_BUCKETS;
    const count = Math.min(PEAK_BLOCK_BUCKETS, bucketCount - from);
    const loading = this.fetchBuckets(level, from, count).then((answer) => {
      this.pending.delete(key);
      if (!answer.ok) return answer.error;
      this.blocks.set(key, answer.value);
      return null;
    });
    this.pending.set(key, loading);
    return loading;
  }

  private evict(keep: ReadonlySet<string>): void {
    for (const key of this.blocks.keys()) {
      if (this.blocks.size <= MAX_CACHED_BLOCKS) return;
      if (!keep.has(key)) this.blocks.delete(key);
    }
  }
}
