import type { FrameRate } from '../../protocol/http.ts';

/** What a native file's references are checked against: the target project and media. */
export interface NativeReferenceContext {
  projectId: string;
  /** Tiers of the project's label schema; a segment's `tierId` must name one. */
  tierIds: ReadonlySet<string>;
  /** Labels of the project's label schema; a record's `labelId`, when set, must name one. */
  labelIds: ReadonlySet<string>;
  /** Relation types of the project's label schema; a link's `relationTypeId`, when set, must name one. */
  relationTypeIds: ReadonlySet<string>;
  /** Skeleton templates of the project's label schema by id, each with its number of points. */
  skeletonPointCounts: ReadonlyMap<string, number>;
  /** The media the annotations will sit on; null when the item has none (nothing to bound them by). */
  media: {
    frameCount: number;
    durationMs: number;
    frameRate: FrameRate;
    width: number;
    height: number;
  } | null;
}
