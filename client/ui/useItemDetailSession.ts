import type { ItemDetail } from '../../shared/protocol/http.ts';
import type { Result } from '../../shared/schema/result.ts';
import type { ApiClient } from '../api/createApiClient.ts';
import { useApiResource } from './useApiResource.ts';
import type { LiveSession } from './useItemSession.ts';
import { useItemSession } from './useItemSession.ts';

/** Loads an item's detail from the server, then opens a live session of it (the editor's or the review page's). */
export function useItemDetailSession<S extends LiveSession>(
  api: ApiClient,
  address: { projectId: string; itemId: string },
  openSession: (detail: ItemDetail) => Result<S>,
  onUnauthorised: () => void,
) {
  const { projectId, itemId } = address;
  const item = useApiResource<ItemDetail>(
    `item:${projectId}/${itemId}`,
    () => api.item(projectId, itemId),
    onUnauthorised,
  );
  const detail = item.status === 'ready' ? item.value : null;
  return { item, ...useItemSession(detail, openSession) };
}
