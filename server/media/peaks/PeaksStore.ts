import type { FileHandle } from 'node:fs/promises';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { PeaksDescription } from '../../../shared/protocol/peaks.ts';
import { PEAK_BYTES_PER_BUCKET } from '../../../shared/protocol/peaks.ts';
import type { MediaRow } from '../../storage/MetaStore.ts';
import { findFfmpeg } from '../findFfmpeg.ts';
import { mediaDirectory, peaksDirectory } from '../mediaPaths.ts';
import { computePeaks } from './computePeaks.ts';
import { encodePeaksFile } from './encodePeaksFile.ts';
import type { PeaksLayout } from './PeaksLayout.ts';
import type { PeaksOutcome } from './PeaksOutcome.ts';
import { readPeaksLayout } from './readPeaksLayout.ts';
import type { CheckedPeaksFile } from './openPeaksFile.ts';
import { openPeaksFile } from './openPeaksFile.ts';
import { writePeaksFile } from './writePeaksFile.ts';

/** What the store is built from. */
export interface PeaksStoreOptions {
  dataDir: string;
  logger: Logger;
  /** ffmpeg to decode with; found on PATH when left out; null when the server has none. */
  ffmpegPath?: string | null;
}

/** The media a store works on: what it needs of a media row. */
export type PeaksMedia = Pick<MediaRow, 'id' | 'fileName' | 'hasAudio' | 'durationMs'>;

type Failure = Extract<PeaksOutcome<never>, { ok: false }>;

/** A failed computation is not retried for this long, so a file ffmpeg cannot read is not decoded on every request. */
const FAILURE_MEMORY_MS = 60_000;

/**
 * Waveform peaks of each media, in DATA_DIR/peaks/<mediaId>.peaks: computed once (one computation
 * per media at a time), checked whole before first use, and computed again when damaged.
 */
export class PeaksStore {
  private readonly dataDir: string;
  private readonly logger: Logger;
  private readonly ffmpegPath: string | null;
  private readonly checked = new Map<string, CheckedPeaksFile>();
  private readonly computing = new Map<string, Promise<PeaksOutcome<CheckedPeaksFile>>>();
  private readonly failures = new Map<string, { atMs: number; failure: Failure }>();
  private readonly stopping = new AbortController();

  constructor(options: PeaksStoreOptions) {
    this.dataDir = options.dataDir;
    this.logger = options.logger;
    this.ffmpegPath = options.ffmpegPath === undefined ? findFfmpeg() : options.ffmpegPath;
  }

  /** Where a media's peaks file is. */
  peaksPath(mediaId: string): string {
    return path.join(peaksDirectory(this.dataDir), `${mediaId}.peaks`);
  }

  /** Computes a media's peaks in the background unless they are there; a failure is logged. */
  prepare(media: PeaksMedia): void {
    if (!media.hasAudio) return;
    void this.withFile(media, async () => undefined).then((outcome) => {
      if (!outcome.ok) {
        this.logger.warn({ mediaId: media.id, reason: outcome.message }, 'no waveform peaks');
      }
    });
  }

  /** The levels of a media's waveform; waits for them when they are still being computed. */
  describe(media: PeaksMedia): Promise<PeaksOutcome<PeaksDescription>> {
    return this.withFile(media, async (_handle, layout) => ({
      mediaId: media.id,
      sampleRate: layout.sampleRate,
      sampleCount: layout.sampleCount,
      levels: layout.levels.map(({ samplesPerBucket, bucketCount }) => ({
        samplesPerBucket,
        bucketCount,
      })),
    }));
  }

  /** The bytes of `count` buckets of `level` from bucket `from`; the range must lie inside the level. */
  readBuckets(
    media: PeaksMedia,
    level: number,
    from: number,
    count: number,
  ): Promise<PeaksOutcome<Uint8Array<ArrayBuffer>>> {
    return this.withFile(media, async (handle, layout) => {
      const levelLayout = layout.levels[level];
      if (!levelLayout || from < 0 || count < 0 || from + count > levelLayout.bucketCount) {
        throw new RangeError(`buckets ${from}+${count} of level ${level} are outside the peaks`);
      }
      const bytes = Buffer.alloc(count * PEAK_BYTES_PER_BUCKET);
      const position = levelLayout.byteOffset + from * PEAK_BYTES_PER_BUCKET;
      const { bytesRead } = await handle.read(bytes, 0, bytes.length, position);
      if (bytesRead !== bytes.length) throw new Error('the peaks file shrank while being read');
      return bytes;
    });
  }

  /** Stops computations in flight and waits for them to end. */
  async close(): Promise<void> {
    this.stopping.abort();
    await Promise.allSettled([...this.computing.values()]);
  }

  private async withFile<T>(
    media: PeaksMedia,
    use: (handle: FileHandle, layout: PeaksLayout) => Promise<T>,
  ): Promise<PeaksOutcome<T>> {
    const opened = await this.openChecked(media);
    if (!opened.ok) return opened;
    try {
      return { ok: true, value: await use(opened.value.handle, opened.value.layout) };
    } finally {
      await opened.value.handle.close();
    }
  }

  private async openChecked(
    media: PeaksMedia,
  ): Promise<PeaksOutcome<{ handle: FileHandle; layout: PeaksLayout }>> {
    if (!media.hasAudio) {
      const message = `media '${media.id}' has no audio, so it has no waveform`;
      return { ok: false, code: 'no_audio', message };
    }
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const running = this.computing.get(media.id);
      if (running) {
        const finished = await running;
        if (!finished.ok) return finished;
      }
      const opened = await this.openExisting(media.id);
      if (opened) return { ok: true, value: opened };
      const computed = await this.computeOnce(media);
      if (!computed.ok) return computed;
    }
    const message = `the peaks of media '${media.id}' were written but cannot be read back`;
    return { ok: false, code: 'compute_failed', message };
  }

  private async openExisting(
    mediaId: string,
  ): Promise<{ handle: FileHandle; layout: PeaksLayout } | null> {
    const opened = await openPeaksFile(this.peaksPath(mediaId), this.checked.get(mediaId));
    if (opened.kind === 'opened') {
      this.checked.set(mediaId, opened.checked);
      return { handle: opened.handle, layout: opened.checked.layout };
    }
    this.checked.delete(mediaId);
    if (opened.kind === 'damaged') {
      this.logger.warn(
        { mediaId, problem: opened.problem },
        'peaks file is damaged; computing it again',
      );
    }
    return null;
  }

  private computeOnce(media: PeaksMedia): Promise<PeaksOutcome<CheckedPeaksFile>> {
    const running = this.computing.get(media.id);
    if (running) return running;
    const remembered = this.failures.get(media.id);
    if (remembered && Date.now() - remembered.atMs < FAILURE_MEMORY_MS) {
      return Promise.resolve(remembered.failure);
    }
    const computation = this.compute(media)
      .catch((error: unknown): Failure => {
        const message = `computing the peaks failed: ${(error as Error).message}`;
        return { ok: false, code: 'compute_failed', message };
      })
      .then((outcome) => {
        this.computing.delete(media.id);
        if (outcome.ok) this.failures.delete(media.id);
        else this.failures.set(media.id, { atMs: Date.now(), failure: outcome });
        return outcome;
      });
    this.computing.set(media.id, computation);
    return computation;
  }

  private async compute(media: PeaksMedia): Promise<PeaksOutcome<CheckedPeaksFile>> {
    if (!this.ffmpegPath) {
      const message = 'this server has no ffmpeg to compute waveforms with; install FFmpeg on it';
      return { ok: false, code: 'no_ffmpeg', message };
    }
    const mediaPath = path.join(mediaDirectory(this.dataDir), media.fileName);
    if (!(await fs.stat(mediaPath).catch(() => null))?.isFile()) {
      const message = `the file of media '${media.id}' is missing on the server`;
      return { ok: false, code: 'media_missing', message };
    }
    const startedMs = performance.now();
    const peaks = await computePeaks(this.ffmpegPath, mediaPath, {
      signal: this.stopping.signal,
      expectedDurationMs: media.durationMs,
    });
    if (!peaks.ok) return { ok: false, code: 'compute_failed', message: peaks.error };
    const bytes = encodePeaksFile(peaks.value);
    const layout = readPeaksLayout(bytes);
    if (!layout.ok) throw new Error(`encoded peaks do not read back: ${layout.error}`);
    const filePath = this.peaksPath(media.id);
    await writePeaksFile(filePath, bytes);
    const stats = await fs.stat(filePath);
    const checked = { sizeBytes: stats.size, mtimeMs: stats.mtimeMs, layout: layout.value };
    this.checked.set(media.id, checked);
    const tookMs = Math.round(performance.now() - startedMs);
    this.logger.info(
      { mediaId: media.id, levels: layout.value.levels.length, bytes: bytes.length, tookMs },
      'waveform peaks computed',
    );
    return { ok: true, value: checked };
  }
}
