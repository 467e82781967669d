/** What two layers disagree about. */
export const DISAGREEMENT_KINDS = [
  'missing',
  'extra',
  'label',
  'attribute',
  'geometry',
  'boundary',
  'identity-switch',
  'text',
] as const;

export type DisagreementKind = (typeof DISAGREEMENT_KINDS)[number];

/** Where a disagreement is: frames for spatial ones, a time range for temporal ones. */
export type DisagreementLocation =
  { frames: { first: number; last: number } } | { startMs: number; endMs: number };

/**
 * One place where two layers of an item disagree, as the live engine writes it into the item's
 * `agreement` document and a reviewer's decision refers to it by id.
 */
export interface Disagreement {
  /** Stable while kind, layers, objects and location stay the same (see disagreementId). */
  id: string;
  kind: DisagreementKind;
  /** 0 (cosmetic) to 1 (an object one layer has and the other lacks). */
  severity: number;
  /** The two layers compared, in name order. */
  layers: readonly [string, string];
  /** The objects involved, sorted. */
  objectIds: readonly string[];
  location: DisagreementLocation;
  /** The label the objects carry (the left layer's when they differ), for filtering. */
  labelId: string | null;
  /** What a reviewer reads: "ben's box is 38% off ann's", "missing in a.ben". */
  message: string;
}
