import { useEffect, useState } from 'react';
import type { TimelineEntry } from '../../shared/protocol/history.ts';
import type { HistoryApi, LayerRef } from '../api/createHistoryApi.ts';
import type { HistoryMoment } from './historyMoments.ts';
import { historyMoments } from './historyMoments.ts';

// 50 pages of 1,000 entries; a longer log shows its first part and says so.
const MAX_PAGES = 50;

/** The slider's stops, loaded page by page. */
export type TimelineState =
  | { status: 'loading' }
  | { status: 'ready'; moments: HistoryMoment[]; complete: boolean }
  | { status: 'error'; error: string };

async function loadEntries(
  history: HistoryApi,
  layer: LayerRef,
): Promise<{ entries: TimelineEntry[]; complete: boolean } | { error: string }> {
  const entries: TimelineEntry[] = [];
  let afterSeq: number | null = 0;
  for (let page = 0; page < MAX_PAGES && afterSeq !== null; page += 1) {
    const result = await history.timeline(layer, afterSeq);
    if (!result.ok) return { error: result.error };
    entries.push(...result.value.entries);
    afterSeq = result.value.nextAfterSeq;
  }
  return { entries, complete: afterSeq === null };
}

/** Loads a layer's timeline while `enabled`, again whenever `reloadKey` changes; keeps the last one shown meanwhile. */
export function useHistoryTimeline(
  history: HistoryApi,
  layer: LayerRef,
  enabled: boolean,
  reloadKey: number,
): TimelineState {
  const [state, setState] = useState<TimelineState>({ status: 'loading' });
  const { projectId, itemId, layer: layerName } = layer;
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    void loadEntries(history, { projectId, itemId, layer: layerName }).then((loaded) => {
      if (!current) return;
      setState(
        'error' in loaded
          ? { status: 'error', error: loaded.error }
          : { status: 'ready', moments: historyMoments(loaded.entries), complete: loaded.complete },
      );
    });
    return () => {
      current = false;
    };
  }, [history, projectId, itemId, layerName, enabled, reloadKey]);
  return state;
}
