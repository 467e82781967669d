/** The video's resolution in pixels: the bounds every box is kept inside. */
export interface MediaSize {
  width: number;
  height: number;
}
