import { useEffect, useState } from 'react';
import type {
  HistoryChangesResponse,
  HistoryStateResponse,
} from '../../shared/protocol/history.ts';
import type { HistoryApi, LayerRef } from '../api/createHistoryApi.ts';

// Dragging the slider passes many stops; only the one it rests on is fetched.
const SETTLE_MS = 150;

/** The layer at the chosen time and the changes made since, as last fetched. */
export interface HistoryAtTime {
  state: HistoryStateResponse | null;
  changes: HistoryChangesResponse | null;
  loading: boolean;
  error: string | null;
}

const NOTHING: HistoryAtTime = { state: null, changes: null, loading: false, error: null };

/** Fetches the state at `atMs` and the changes after it; the previous answer stays shown until the next arrives. */
export function useHistoryAtTime(
  history: HistoryApi,
  layer: LayerRef,
  atMs: number | null,
  reloadKey: number,
): HistoryAtTime {
  const [result, setResult] = useState<HistoryAtTime>(NOTHING);
  const { projectId, itemId, layer: layerName } = layer;
  useEffect(() => {
    if (atMs === null) {
      setResult(NOTHING);
      return;
    }
    let current = true;
    setResult((previous) => ({ ...previous, loading: true }));
    const timer = setTimeout(() => {
      const ref = { projectId, itemId, layer: layerName };
      void Promise.all([history.state(ref, atMs), history.changes(ref, { fromMs: atMs })]).then(
        ([state, changes]) => {
          if (!current) return;
          const failed = !state.ok ? state.error : !changes.ok ? changes.error : null;
          setResult((previous) => ({
            state: state.ok ? state.value : previous.state,
            changes: changes.ok ? changes.value : previous.changes,
            loading: false,
            error: failed,
          }));
        },
      );
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [history, projectId, itemId, layerName, atMs, reloadKey]);
  return result;
}
