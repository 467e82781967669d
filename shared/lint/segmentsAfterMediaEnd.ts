import type { LintContext, LintFinding } from './LintFinding.ts';
import { finding } from './LintFinding.ts';

/** Segments that end after the media does. */
export function segmentsAfterMediaEnd({ snapshot, media }: LintContext): LintFinding[] {
  if (!media) return [];
  return snapshot.segments
    .filter((segment) => segment.endMs > media.durationMs)
    .map((segment) =>
      finding({
        rule: 'segment-after-media-end',
        severity: 'error',
        message: `segment ${segment.id} ends at ${segment.endMs} ms, after the media's end (${media.durationMs} ms)`,
        recordIds: [segment.id],
        location: { startMs: segment.startMs, endMs: segment.endMs },
      }),
    );
}
