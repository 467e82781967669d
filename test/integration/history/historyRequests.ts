import type { UserRow } from '../../../server/storage/MetaStore.ts';
import { tokenFor } from '../testServer.ts';
import type { EditedLayer } from './threeEditorsOverTime.ts';

/** A real HTTP request to a layer's history, as `user`; the status and the parsed JSON body. */
export async function historyRequest<T = unknown>(
  layer: EditedLayer,
  user: UserRow,
  path: string,
  options: { body?: unknown; layerName?: string } = {},
): Promise<{ status: number; body: T }> {
  const { projectId, itemId, testServer } = layer;
  const url = `${testServer.server.url}/api/projects/${projectId}/items/${itemId}/layers/${options.layerName ?? 'main'}/history/${path}`;
  const response = await fetch(url, {
    method: options.body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${await tokenFor(user)}`,
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return { status: response.status, body: (await response.json()) as T };
}
