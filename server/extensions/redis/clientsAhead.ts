import * as Y from 'yjs';

/**
 * The client ids whose content in `update` goes past what `document` holds, each with the clock
 * the update reaches. Throws when the bytes do not decode as an update.
 */
export function clientsAhead(document: Y.Doc, update: Uint8Array): Map<number, number> {
  const ahead = new Map<number, number>();
  for (const [clientId, endClock] of Y.parseUpdateMeta(update).to) {
    if (endClock > Y.getState(document.store, clientId)) ahead.set(clientId, endClock);
  }
  return ahead;
}
