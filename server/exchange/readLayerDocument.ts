import type * as Y from 'yjs';
import type { ExchangeDependencies } from './ExchangeDependencies.ts';

/**
 * Reads a document as it is now: the live one when Hocuspocus has it loaded, otherwise loaded from
 * storage. It goes through serverWrite, the one way the server opens documents itself; `read`
 * changes nothing, so nothing is appended to the log.
 */
export async function readLayerDocument<T>(
  collab: ExchangeDependencies['collab'],
  documentName: string,
  read: (doc: Y.Doc) => T,
): Promise<T> {
  let result: { value: T } | undefined;
  await collab.serverWrite(documentName, (doc) => {
    result = { value: read(doc) };
  });
  if (!result) throw new Error(`${documentName} could not be read`);
  return result.value;
}
