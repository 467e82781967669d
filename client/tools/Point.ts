/** A position in media pixels (the video's own resolution, not the screen's). */
export interface Point {
  x: number;
  y: number;
}
