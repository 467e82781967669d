import type { FrameRate } from '../../shared/time/FrameRate.ts';
import { frameAtMs } from '../../shared/time/frameAtMs.ts';
import { frameStartMs } from '../../shared/time/frameStartMs.ts';
import type { MediaClock } from '../video/MediaClock.ts';
import type { VideoClockState } from '../video/VideoClockState.ts';
import { decodeImage } from './decodeImage.ts';

/** Decoded images kept around the one on screen, so stepping back and forth is instant. */
const KEEP_DECODED = 5;

/**
 * The playhead of an image item: frame i shows image i. A seek publishes the new frame only once
 * its image is decoded, so the annotations drawn are always those of the image on screen; the
 * neighbouring images are decoded ahead. Images never play.
 */
export class ImageClock implements MediaClock {
  private readonly urls: readonly string[];
  private readonly rate: FrameRate;
  private readonly listeners = new Set<() => void>();
  private readonly decoded = new Map<number, Promise<HTMLImageElement>>();
  private state: VideoClockState = { frame: 0, timeMs: 0, playing: false };
  /** The frame a seek in flight is heading for, so repeated steps add up. */
  private targetFrame: number | null = null;
  private disposed = false;

  constructor(urls: readonly string[], rate: FrameRate) {
    this.urls = urls;
    this.rate = rate;
    this.decodeAround(0);
  }

  getState = (): VideoClockState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  seekToFrame(frame: number, atMs?: number): void {
    const lastFrame = Math.max(0, this.urls.length - 1);
    const target = Math.min(lastFrame, Math.max(0, Math.round(frame)));
    this.targetFrame = target;
    void this.decode(target).then(() => {
      if (this.disposed || this.targetFrame !== target) return;
      this.targetFrame = null;
      this.publish({
        frame: target,
        timeMs: atMs ?? frameStartMs(target, this.rate),
        playing: false,
      });
      this.decodeAround(target);
    });
  }

  seekToMs(ms: number): void {
    const atMs = Math.max(0, ms);
    this.seekToFrame(frameAtMs(atMs, this.rate), atMs);
  }

  stepFrames(delta: number): void {
    this.seekToFrame((this.targetFrame ?? this.state.frame) + delta);
  }

  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
    this.decoded.clear();
  }

  private decode(frame: number): Promise<HTMLImageElement> {
    let image = this.decoded.get(frame);
    if (!image) {
      image = decodeImage(this.urls[frame] ?? '');
      this.decoded.set(frame, image);
    }
    return image;
  }

  private decodeAround(frame: number): void {
    for (const near of [frame - 1, frame + 1, frame + 2]) {
      if (near >= 0 && near < this.urls.length) void this.decode(near);
    }
    for (const kept of this.decoded.keys()) {
      if (Math.abs(kept - frame) > KEEP_DECODED) this.decoded.delete(kept);
    }
  }

  private publish(next: VideoClockState): void {
    const { state } = this;
    if (next.frame === state.frame && next.timeMs === state.timeMs) return;
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }
}

/** A clock over an image item's images, in frame order, at the item's frame rate. */
export function createImageClock(urls: readonly string[], rate: FrameRate): MediaClock {
  return new ImageClock(urls, rate);
}
