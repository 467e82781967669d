import type { SegmentView } from '../../shared/doc/readLayer.ts';
import type { Result } from '../../shared/schema/result.ts';
import type { EditorCommands } from '../commands/EditorCommands.ts';
import { rangeAtPlayhead } from './rangeAtPlayhead.ts';
import type { TimelineKeyAction } from './timelineKeyAction.ts';

/** Length of a segment created with N at the playhead. */
export const NEW_SEGMENT_MS = 1_000;

/** Everything a timeline action may touch. */
export interface TimelineActionContext {
  commands: EditorCommands;
  canWrite: boolean;
  playheadMs: number;
  durationMs: number;
  /** Selected segments of tiers that allow creating and deleting segments on the timeline. */
  selectedSegments: readonly SegmentView[];
  /** Selected utterances (transcript tier): labelled and played here, split and deleted in the transcript. */
  selectedUtterances: readonly SegmentView[];
  /** The tier N creates on, or null when the project has no segments tier. */
  newSegmentTierId: string | null;
  onSelect(ids: string[]): void;
  onPlayRange(startMs: number, endMs: number): void;
  zoomBy(factor: number): void;
  /** Marks a segmentation boundary at the playhead on the tier N creates on. */
  markBoundary(): boolean;
  /** Stops segmenting; false when no segment was open. */
  stopSegmenting(): boolean;
  report(result: Result<unknown>): void;
}

function createAtPlayhead(context: TimelineActionContext): boolean {
  if (!context.canWrite) return false;
  if (context.newSegmentTierId === null) {
    context.report({
      ok: false,
      error: 'this project has no segments tier to create a segment on',
    });
    return true;
  }
  const range = rangeAtPlayhead(context.playheadMs, context.durationMs, NEW_SEGMENT_MS);
  if (!range) return true;
  const created = context.commands.createSegment({ tierId: context.newSegmentTierId, ...range });
  context.report(created);
  if (created.ok) context.onSelect([created.value]);
  return true;
}

/** Carries out a key action; false when it does not apply here, so the key may go to the page. */
export function runTimelineAction(
  action: TimelineKeyAction,
  context: TimelineActionContext,
): boolean {
  const selected = [...context.selectedSegments, ...context.selectedUtterances];
  switch (action.kind) {
    case 'new-segment':
      return createAtPlayhead(context);
    case 'play-selection': {
      const first = [...selected].sort((left, right) => left.startMs - right.startMs)[0];
      if (!first) return false;
      context.onPlayRange(first.startMs, first.endMs);
      return true;
    }
    case 'label':
      if (selected.length === 0 || !context.canWrite) return false;
      context.report(
        context.commands.setObjectsLabel(
          selected.map((segment) => segment.id),
          action.labelId,
        ),
      );
      return true;
    case 'delete':
      if (context.selectedSegments.length === 0 || !context.canWrite) return false;
      context.report(
        context.commands.deleteObjects(context.selectedSegments.map((segment) => segment.id)),
      );
      context.onSelect([]);
      return true;
    case 'mark-boundary':
      return context.canWrite && context.markBoundary();
    case 'clear-selection':
      if (context.stopSegmenting()) return true;
      if (selected.length === 0) return false;
      context.onSelect([]);
      return true;
    case 'zoom':
      context.zoomBy(action.factor);
      return true;
  }
}
