import type { Context } from 'hono';
import { itemDocumentName, parseDocumentName } from '../../shared/doc/documentName.ts';
import type { Access } from '../../shared/protocol/http.ts';
import type { AccessReads } from '../auth/resolveAccess.ts';
import { resolveAccess } from '../auth/resolveAccess.ts';
import { errorResponse } from './errorResponse.ts';
import type { HttpEnv } from './HttpEnv.ts';
import { readMembership } from './readMembership.ts';
import { readPathId } from './readPathId.ts';

/** The layer a history request is about, and what the user may do with it. */
export interface HistoryLayer {
  documentName: string;
  access: Exclude<Access, 'none'>;
}

/**
 * Reads project, item and layer from the path and checks, by the rule the socket applies, that
 * the user may read that layer (history needs read access, restore write access). A layer the
 * user may not read gets the same 404 as one that does not exist, so its existence stays hidden.
 */
export async function readHistoryLayer(
  c: Context<HttpEnv>,
  metaStore: AccessReads,
): Promise<HistoryLayer | Response> {
  const membership = await readMembership(c, metaStore);
  if (membership instanceof Response) return membership;
  const itemId = readPathId(c, 'itemId');
  if (itemId instanceof Response) return itemId;
  const layer = readPathId(c, 'layer');
  if (layer instanceof Response) return layer;
  const { projectId } = membership;
  if (!(await metaStore.getItem(projectId, itemId))) {
    const message = `project '${projectId}' has no item '${itemId}'`;
    return errorResponse(c, 404, 'not_found', message, 'itemId');
  }
  const documentName = itemDocumentName(projectId, itemId, layer);
  const address = parseDocumentName(documentName);
  const access = address.ok
    ? await resolveAccess(metaStore, c.get('user').id, address.value)
    : 'none';
  if (access === 'none') {
    const message = `item '${itemId}' has no layer '${layer}' or you may not read it`;
    return errorResponse(c, 404, 'not_found', message, 'layer');
  }
  return { documentName, access };
}
