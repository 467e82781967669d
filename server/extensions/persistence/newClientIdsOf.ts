import * as Y from 'yjs';

/**
 * Client ids whose content in `update` goes beyond what the document holds: the ids the sender
 * writes under. Content of other clients that the document already has (a resend, a merged
 * update) is not writing, so it does not count. Throws when the bytes do not decode.
 */
export function newClientIdsOf(document: Y.Doc, update: Uint8Array): number[] {
  const { to } = Y.parseUpdateMeta(update);
  const clientIds: number[] = [];
  for (const [clientId, endClock] of to) {
    if (endClock > Y.getState(document.store, clientId)) clientIds.push(clientId);
  }
  return clientIds.sort((left, right) => left - right);
}
