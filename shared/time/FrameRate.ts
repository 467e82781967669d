/** A video frame rate as an exact rational: `num / den` frames per second (NTSC video is 30000/1001). */
export interface FrameRate {
  num: number;
  den: number;
}
