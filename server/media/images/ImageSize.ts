/** The pixel size of a still image, as its file's header states it. */
export interface ImageSize {
  width: number;
  height: number;
}
