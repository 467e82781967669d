/** Where the video is: the frame on screen and the playhead in media time. */
export interface VideoClockState {
  /** The frame the video element has presented (what the overlay must draw). */
  frame: number;
  /** The playhead in ms: where a seek asked to be, or the presented frame's start while playing. */
  timeMs: number;
  playing: boolean;
}
