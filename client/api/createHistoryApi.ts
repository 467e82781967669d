import type {
  HistoryChangesResponse,
  HistoryRestoreRequest,
  HistoryRestoreResponse,
  HistoryStateResponse,
  HistoryTimelineResponse,
} from '../../shared/protocol/history.ts';
import type { ApiResult } from './ApiResult.ts';
import { requestJson } from './requestJson.ts';

/** The layer of an item whose history is read. */
export interface LayerRef {
  projectId: string;
  itemId: string;
  layer: string;
}

/** A window of history to list changes in; `toMs` defaults to now. */
export interface ChangeWindow {
  fromMs: number;
  toMs?: number;
  objectId?: string;
}

/** A layer's history over HTTP: its timeline, its state at a time, who changed what, restore. */
export interface HistoryApi {
  timeline(layer: LayerRef, afterSeq: number): Promise<ApiResult<HistoryTimelineResponse>>;
  state(layer: LayerRef, atMs: number): Promise<ApiResult<HistoryStateResponse>>;
  changes(layer: LayerRef, window: ChangeWindow): Promise<ApiResult<HistoryChangesResponse>>;
  restore(
    layer: LayerRef,
    request: HistoryRestoreRequest,
  ): Promise<ApiResult<HistoryRestoreResponse>>;
}

function historyPath(layer: LayerRef, action: string, query: Record<string, string> = {}): string {
  const parts = ['projects', layer.projectId, 'items', layer.itemId, 'layers', layer.layer];
  const search = new URLSearchParams(query).toString();
  return `/api/${parts.map(encodeURIComponent).join('/')}/history/${action}${search ? `?${search}` : ''}`;
}

/** The history API, signing requests with the current token. */
export function createHistoryApi(token: () => string | null): HistoryApi {
  return {
    timeline: (layer, afterSeq) =>
      requestJson(historyPath(layer, 'timeline', { afterSeq: String(afterSeq) }), {
        token: token(),
      }),
    state: (layer, atMs) =>
      requestJson(historyPath(layer, 'state', { at: String(atMs) }), { token: token() }),
    changes: (layer, window) => {
      const query: Record<string, string> = { from: String(window.fromMs) };
      if (window.toMs !== undefined) query.to = String(window.toMs);
      if (window.objectId !== undefined) query.objectId = window.objectId;
      return requestJson(historyPath(layer, 'changes', query), { token: token() });
    },
    restore: (layer, request) =>
      requestJson(historyPath(layer, 'restore'), {
        method: 'POST',
        body: request,
        token: token(),
      }),
  };
}
