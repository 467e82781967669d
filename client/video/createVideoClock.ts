import type { FrameRate } from '../../shared/time/FrameRate.ts';
import { frameAtMs } from '../../shared/time/frameAtMs.ts';
import { frameStartMs } from '../../shared/time/frameStartMs.ts';
import { seekTimeForFrame } from '../../shared/time/seekTimeForFrame.ts';
import { frameOfMediaTime } from './frameOfMediaTime.ts';
import type { VideoClockState } from './VideoClockState.ts';

// When a browser presents no frame callback after a seek, read the position from currentTime instead.
const SEEK_FALLBACK_MS = 250;

/** Follows the frames a video element presents (requestVideoFrameCallback) and seeks to exact frames. */
export class VideoClock {
  private readonly video: HTMLVideoElement;
  private readonly rate: FrameRate;
  private readonly lastFrame: number;
  private readonly listeners = new Set<() => void>();
  private state: VideoClockState;
  /** Where the last seek asked to be, in ms; kept as the playhead while that frame is shown. */
  private requestedMs: number | null = null;
  /** The frame a seek in flight is heading for, so repeated steps add up. */
  private targetFrame: number | null = null;
  private presentedSinceSeek = false;
  private callbackHandle: number | null = null;
  private fallbackTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly watchesFrames: boolean;

  constructor(video: HTMLVideoElement, rate: FrameRate, frameCount: number) {
    this.video = video;
    this.rate = rate;
    this.lastFrame = Math.max(0, frameCount - 1);
    this.state = { frame: 0, timeMs: 0, playing: !video.paused };
    this.watchesFrames = 'requestVideoFrameCallback' in video;
    if (this.watchesFrames)
      this.callbackHandle = video.requestVideoFrameCallback(this.onVideoFrame);
    video.addEventListener('seeked', this.onSeeked);
    video.addEventListener('play', this.onPlayState);
    video.addEventListener('pause', this.onPlayState);
    video.addEventListener('loadeddata', this.onLoaded);
  }

  getState = (): VideoClockState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  seekToFrame(frame: number, atMs?: number): void {
    const clamped = Math.min(this.lastFrame, Math.max(0, Math.round(frame)));
    this.targetFrame = clamped;
    this.requestedMs = atMs ?? frameStartMs(clamped, this.rate);
    this.presentedSinceSeek = false;
    this.video.currentTime = seekTimeForFrame(clamped, this.rate);
  }

  /** Seeks to the frame on screen at ms, keeping ms itself as the playhead. */
  seekToMs(ms: number): void {
    const atMs = Math.max(0, ms);
    this.seekToFrame(frameAtMs(atMs, this.rate), atMs);
  }

  /** Pauses and moves by whole frames, counting from a seek still in flight so key repeats add up. */
  stepFrames(delta: number): void {
    if (!this.video.paused) this.video.pause();
    this.seekToFrame((this.targetFrame ?? this.state.frame) + delta);
  }

  dispose(): void {
    if (this.callbackHandle !== null) this.video.cancelVideoFrameCallback(this.callbackHandle);
    if (this.fallbackTimer !== null) clearTimeout(this.fallbackTimer);
    this.video.removeEventListener('seeked', this.onSeeked);
    this.video.removeEventListener('play', this.onPlayState);
    this.video.removeEventListener('pause', this.onPlayState);
    this.video.removeEventListener('loadeddata', this.onLoaded);
    this.listeners.clear();
  }

  private publish(next: VideoClockState): void {
    const { state } = this;
    if (
      next.frame === state.frame &&
      next.timeMs === state.timeMs &&
      next.playing === state.playing
    ) {
      return;
    }
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }

  private present(shownFrame: number): void {
    this.presentedSinceSeek = true;
    const frame = Math.min(this.lastFrame, shownFrame);
    if (this.targetFrame === frame) this.targetFrame = null;
    const requested = this.requestedMs;
    const keepRequest =
      requested !== null && !this.state.playing && frameAtMs(requested, this.rate) === frame;
    const timeMs = keepRequest ? requested : frameStartMs(frame, this.rate);
    this.publish({ ...this.state, frame, timeMs });
  }

  private onVideoFrame = (_nowMs: number, metadata: VideoFrameCallbackMetadata) => {
    this.callbackHandle = this.video.requestVideoFrameCallback(this.onVideoFrame);
    this.present(frameOfMediaTime(metadata.mediaTime, this.rate));
  };

  private onSeeked = () => {
    if (this.fallbackTimer !== null) clearTimeout(this.fallbackTimer);
    const waitMs = this.watchesFrames ? SEEK_FALLBACK_MS : 0;
    this.fallbackTimer = setTimeout(() => {
      this.fallbackTimer = null;
      if (!this.presentedSinceSeek) this.present(this.frameAtCurrentTime());
    }, waitMs);
  };

  private onPlayState = () => {
    if (!this.video.paused) this.requestedMs = null;
    this.publish({ ...this.state, playing: !this.video.paused });
  };

  private onLoaded = () => {
    if (!this.presentedSinceSeek) this.present(this.frameAtCurrentTime());
  };

  /**
   * The frame at the element's position. `currentTime` is where a seek landed (mid-frame), not a
   * frame's start: read as one, a seek to the frame already on screen showed the next frame.
   */
  private frameAtCurrentTime(): number {
    return frameAtMs(this.video.currentTime * 1000, this.rate);
  }
}

/** Attaches a frame clock to a video element of the given frame rate and length. */
export function createVideoClock(
  video: HTMLVideoElement,
  rate: FrameRate,
  frameCount: number,
): VideoClock {
  return new VideoClock(video, rate, frameCount);
}
