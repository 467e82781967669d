import { useMemo } from 'react';
import type { LabelSchemaSnapshot } from '../../shared/doc/projectSchemaDoc.ts';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { LintFinding } from '../../shared/lint/LintFinding.ts';
import { lintLayer } from '../../shared/lint/lintLayer.ts';
import type { MediaInfo } from '../../shared/protocol/http.ts';

/** The lint of the live layer, run again whenever the layer, the media or the label schema change. */
export function useLayerLint(
  snapshot: LayerSnapshot,
  media: MediaInfo,
  schema: Pick<LabelSchemaSnapshot, 'labels' | 'tiers' | 'skeletons' | 'relationTypes'>,
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
        ...schema,
      }),
    [snapshot, media, schema],
  );
}
