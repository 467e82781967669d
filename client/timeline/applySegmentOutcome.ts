import type { Tier } from '../../shared/schema/tier.ts';
import type { TimelineActionContext } from './runTimelineAction.ts';
import type { GestureOutcome } from './segmentGesture.ts';

/** Commits a finished drag or click on a tier row: one command, so one undo step. */
export function applySegmentOutcome(
  tier: Tier,
  outcome: GestureOutcome,
  context: TimelineActionContext & { onSeek(ms: number): void },
): void {
  const { commands, report } = context;
  switch (outcome.kind) {
    case 'move':
      report(commands.moveSegment(outcome.segmentId, outcome.startMs));
      return;
    case 'trim':
      report(commands.trimSegment(outcome.segmentId, outcome.ends));
      return;
    case 'create': {
      const created = commands.createSegment({ tierId: tier.id, ...outcome.range });
      report(created);
      if (created.ok) context.onSelect([created.value]);
      return;
    }
    case 'click-empty':
      context.onSelect([]);
      context.onSeek(outcome.ms);
      return;
    case 'none':
      return;
  }
}
