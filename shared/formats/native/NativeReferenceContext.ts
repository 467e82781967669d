import type { FrameRate } from '../../protocol/http.ts';

/** What a native file's references are checked against: the target project and media. */
export interface NativeReferenceContext {
  projectId: string;
  /** Tiers of the project's label schema; a segment's `tierId` must name one. */
  tierIds: ReadonlySet<string>;
  /** Labels of the project's label schema; a record's `labelId`, when set, must name one. */
  labelIds: ReadonlySet<string>;
  /** The media the annotations will sit on; null when the item has none (nothing to bound them by). */
  media: {
    frameCount: number;
    durationMs: number;
    frameRate: FrameRate;
    width: number;
    height: number;
  } | null;
}
