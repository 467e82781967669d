/** Why a frame cannot be annotated on media of `frameCount` frames, or null when it can. */
export function describeFrameAfterEnd(frame: number, frameCount: number): string | null {
  if (frame < frameCount) return null;
  return frameCount === 0
    ? `frame ${frame} cannot be annotated: the media has no video frames`
    : `frame ${frame} is after the end of the video (${frameCount} frames, the last is ${frameCount - 1})`;
}
