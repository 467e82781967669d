import { useState } from 'react';
import type { HistoryApi, LayerRef } from '../api/createHistoryApi.ts';

function describeOutcome(objectId: string | null, written: boolean): string {
  const what = objectId ? `object ${objectId}` : 'the layer';
  if (written) return `Restored ${what} as it was then; the restore is a new edit in the history.`;
  return `${what[0]?.toUpperCase()}${what.slice(1)} already matched that time; nothing was changed.`;
}

/** Restores a layer or one object to an earlier time, reporting the outcome in words. */
export function useHistoryRestore(input: {
  history: HistoryApi;
  layer: LayerRef;
  report: (message: string) => void;
  onRestored: () => void;
}): { restoring: boolean; restore(atMs: number, objectId: string | null): Promise<void> } {
  const [restoring, setRestoring] = useState(false);
  const restore = async (atMs: number, objectId: string | null) => {
    setRestoring(true);
    const request = objectId ? { at: atMs, objectId } : { at: atMs };
    const result = await input.history.restore(input.layer, request);
    setRestoring(false);
    if (!result.ok) {
      input.report(result.error);
      return;
    }
    input.report(describeOutcome(objectId, result.value.written));
    input.onRestored();
  };
  return { restoring, restore };
}
