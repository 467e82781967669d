import { useState } from 'react';
import type { Result } from '../../shared/schema/result.ts';
import type { EditorCommands } from '../commands/EditorCommands.ts';
import { compensatedBoundaryMs, loadReactionMs, saveReactionMs } from './reactionTime.ts';

/** Shortest segment a boundary press creates; presses closer together are taken as one. */
const MIN_SEGMENT_MS = 20;

/**
 * ELAN-style segmentation while the media plays: each Enter marks a boundary at the playhead less
 * the reaction time; the first opens a segment, each next one closes it on the tier and opens the
 * following one, so a run of presses cuts the media into consecutive segments. Escape stops.
 */
export function useSegmentation(input: {
  commands: EditorCommands;
  durationMs: number;
  playbackRate: number;
  report: (result: Result<unknown>) => void;
  onSelect: (ids: string[]) => void;
}) {
  const [openMs, setOpenMs] = useState<number | null>(null);
  const [reactionMs, setReactionMs] = useState(loadReactionMs);
  return {
    openMs,
    reactionMs,
    setReactionMs(next: number) {
      setReactionMs(next);
      saveReactionMs(next);
    },
    /** Marks a boundary; false when there is no tier to segment. */
    mark(playheadMs: number, tierId: string | null): boolean {
      if (tierId === null) {
        input.report({ ok: false, error: 'this project has no segments tier to segment on' });
        return true;
      }
      const boundary = compensatedBoundaryMs(
        playheadMs,
        reactionMs,
        input.playbackRate,
        input.durationMs,
      );
      // A first press, or one after seeking back, opens a segment there.
      if (openMs === null || boundary < openMs) {
        setOpenMs(boundary);
        return true;
      }
      if (boundary < openMs + MIN_SEGMENT_MS) return true;
      const created = input.commands.createSegment({ tierId, startMs: openMs, endMs: boundary });
      input.report(created);
      if (created.ok) input.onSelect([created.value]);
      setOpenMs(boundary);
      return true;
    },
    /** Stops segmenting; false when nothing was open. */
    stop(): boolean {
      if (openMs === null) return false;
      setOpenMs(null);
      return true;
    },
  };
}
