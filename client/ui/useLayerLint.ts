import { useMemo } from 'react';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { LintFinding } from '../../shared/lint/LintFinding.ts';
import { lintLayer } from '../../shared/lint/lintLayer.ts';
import type { MediaInfo } from '../../shared/protocol/http.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { Tier } from '../../shared/schema/tier.ts';

/** The lint of the live layer, run again whenever the layer, the media or the label schema change. */
export function useLayerLint(
  snapshot: LayerSnapshot,
  media: MediaInfo,
  labels: readonly Label[],
  tiers: readonly Tier[],
): readonly LintFinding[] {
  return useMemo(
    () =>
      lintLayer({
        snapshot,
        media: {
          frameCount: media.frameCount,
          durationMs: media.durationMs,
          width: media.width,
          height: media.height,
        },
        labelIds: new Set(labels.map((label) => label.id)),
        tiers,
      }),
    [snapshot, media, labels, tiers],
  );
}
