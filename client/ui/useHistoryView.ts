import { useEffect, useState } from 'react';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { HistoryApi, LayerRef } from '../api/createHistoryApi.ts';
import type { HistoryAtTime } from './useHistoryAtTime.ts';
import { useHistoryAtTime } from './useHistoryAtTime.ts';
import { useHistoryRestore } from './useHistoryRestore.ts';
import type { TimelineState } from './useHistoryTimeline.ts';
import { useHistoryTimeline } from './useHistoryTimeline.ts';

// Live edits keep arriving while history is open; the slider picks them up once they pause.
const TIMELINE_REFRESH_MS = 1000;

/** The history view of a layer: open or not, where the slider is, and what it shows there. */
export interface HistoryView {
  open: boolean;
  toggle(): void;
  close(): void;
  timeline: TimelineState;
  /** The slider's stop; the newest one when the user has not moved it; -1 without stops. */
  index: number;
  setIndex(index: number): void;
  /** The time shown; null while the timeline loads or the layer has no history. */
  atMs: number | null;
  at: HistoryAtTime;
  /** The layer as it was at `atMs`, for the canvas and lists; null when closed or still loading. */
  snapshot: LayerSnapshot | null;
  restoring: boolean;
  /** Restores one object (or the whole layer, for null) to `atMs`, as a new edit. */
  restore(objectId: string | null): Promise<void>;
}

function chosenIndex(timeline: TimelineState, chosenAtMs: number | null): number {
  if (timeline.status !== 'ready' || timeline.moments.length === 0) return -1;
  if (chosenAtMs === null) return timeline.moments.length - 1;
  return Math.max(
    0,
    timeline.moments.findLastIndex((moment) => moment.atMs <= chosenAtMs),
  );
}

function useRefreshWhileOpen(open: boolean, liveSnapshot: LayerSnapshot): [number, () => void] {
  const [reloadKey, setReloadKey] = useState(0);
  useEffect(() => {
    if (!open) return;
    const timer = setTimeout(() => setReloadKey((key) => key + 1), TIMELINE_REFRESH_MS);
    return () => clearTimeout(timer);
  }, [open, liveSnapshot]);
  return [reloadKey, () => setReloadKey((key) => key + 1)];
}

/** State and actions of the history view; the UI renders it, the workspace shows its snapshot. */
export function useHistoryView(input: {
  history: HistoryApi;
  layer: LayerRef;
  liveSnapshot: LayerSnapshot;
  report: (message: string) => void;
}): HistoryView {
  const { history, layer } = input;
  const [open, setOpen] = useState(false);
  // null follows the newest stop, so the view starts at (and keeps up with) the layer as it is.
  const [chosenAtMs, setChosenAtMs] = useState<number | null>(null);
  const [reloadKey, reload] = useRefreshWhileOpen(open, input.liveSnapshot);
  const timeline = useHistoryTimeline(history, layer, open, reloadKey);
  const index = chosenIndex(timeline, chosenAtMs);
  const moment = timeline.status === 'ready' ? timeline.moments[index] : undefined;
  const atMs = open && moment ? moment.atMs : null;
  const at = useHistoryAtTime(history, layer, atMs, reloadKey);
  const restorer = useHistoryRestore({
    history,
    layer,
    report: input.report,
    onRestored: () => {
      setChosenAtMs(null);
      reload();
    },
  });
  const setIndex = (next: number) => {
    if (timeline.status !== 'ready') return;
    const isNewest = next >= timeline.moments.length - 1;
    setChosenAtMs(isNewest ? null : (timeline.moments[next]?.atMs ?? null));
  };
  return {
    open,
    toggle: () => {
      if (!open) setChosenAtMs(null);
      setOpen(!open);
    },
    close: () => setOpen(false),
    timeline,
    index,
    setIndex,
    atMs,
    at,
    snapshot: open ? (at.state?.snapshot ?? null) : null,
    restoring: restorer.restoring,
    restore: (objectId) => (atMs === null ? Promise.resolve() : restorer.restore(atMs, objectId)),
  };
}
