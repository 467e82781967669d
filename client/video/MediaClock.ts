import type { VideoClockState } from './VideoClockState.ts';

/** The playhead of a media element: the frame and time on screen, seeking and stepping. */
export interface MediaClock {
  getState(): VideoClockState;
  subscribe(listener: () => void): () => void;
  seekToFrame(frame: number, atMs?: number): void;
  /** Seeks to a media time, keeping it as the playhead. */
  seekToMs(ms: number): void;
  /** Pauses and moves by whole steps (frames, or 10 ms for audio only). */
  stepFrames(delta: number): void;
  dispose(): void;
}
