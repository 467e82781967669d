import type { LayerSnapshot } from '../doc/readLayer.ts';
import type { Label } from '../schema/labelSchema.ts';
import type { RelationType } from '../schema/relationType.ts';
import type { Skeleton } from '../schema/skeleton.ts';
import type { Tier } from '../schema/tier.ts';

/** The rules the consistency lint runs; each is one file in this folder. */
export type LintRule =
  | 'stored-violation'
  | 'keyframe-after-last-frame'
  | 'segment-after-media-end'
  | 'overlapping-speaker-turns'
  | 'label-not-in-schema'
  | 'mask-outside-media'
  | 'child-outside-parent'
  | 'link-to-missing-end'
  | 'missing-required-attribute'
  | 'attribute-not-in-schema'
  | 'skeleton-not-in-template';

/** Something in a layer a reviewer should look at, and where it is. */
export interface LintFinding {
  /** Stable while the problem stays the same: rule, records and location. */
  id: string;
  rule: LintRule;
  severity: 'error' | 'warning';
  message: string;
  recordIds: readonly string[];
  /** Where to jump: a frame for spatial problems, a time range for temporal ones. */
  location: { frame: number } | { startMs: number; endMs: number } | null;
}

/** What a lint rule reads: the layer, the media it annotates and the project's label schema. */
export interface LintContext {
  snapshot: LayerSnapshot;
  media: { frameCount: number; durationMs: number; width: number; height: number } | null;
  labels: readonly Label[];
  tiers: readonly Tier[];
  skeletons: readonly Skeleton[];
  relationTypes: readonly RelationType[];
}

/**
 * Builds a finding with its stable id; `subject` tells apart several findings of one rule on the
 * same records and place (two missing attributes of one object).
 */
export function finding(input: Omit<LintFinding, 'id'>, subject?: string): LintFinding {
  const where =
    input.location === null
      ? ''
      : 'frame' in input.location
        ? `@${input.location.frame}`
        : `@${input.location.startMs}-${input.location.endMs}`;
  const about = subject === undefined ? '' : `#${subject}`;
  return { id: `${input.rule}:${input.recordIds.join('+')}${about}${where}`, ...input };
}
