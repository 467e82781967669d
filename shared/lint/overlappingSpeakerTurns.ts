import type { SegmentView } from '../doc/readLayer.ts';
import type { LintContext, LintFinding } from './LintFinding.ts';
import { finding } from './LintFinding.ts';

/** Two segments of one speaker on one tier that overlap in time: one person speaking twice at once. */
export function overlappingSpeakerTurns({ snapshot }: LintContext): LintFinding[] {
  const turns = new Map<string, SegmentView[]>();
  for (const segment of snapshot.segments) {
    if (segment.speaker === null) continue;
    const key = `${segment.tierId}\u0000${segment.speaker}`;
    turns.set(key, [...(turns.get(key) ?? []), segment]);
  }
  const findings: LintFinding[] = [];
  for (const segments of turns.values()) {
    // Segments arrive sorted by start; each is compared with the later ones it reaches.
    segments.forEach((segment, index) => {
      for (const later of segments.slice(index + 1)) {
        if (later.startMs >= segment.endMs) break;
        findings.push(
          finding({
            rule: 'overlapping-speaker-turns',
            severity: 'warning',
            message: `${segment.speaker} speaks twice at once: ${segment.id} and ${later.id} overlap`,
            recordIds: [segment.id, later.id],
            location: { startMs: later.startMs, endMs: Math.min(segment.endMs, later.endMs) },
          }),
        );
      }
    });
  }
  return findings;
}
