import type { Hocuspocus } from '@hocuspocus/server';
import type * as Y from 'yjs';
import { parseDocumentName } from '../../shared/doc/documentName.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { ServerWriteOptions } from './applyServerWrite.ts';
import { applyServerWrite } from './applyServerWrite.ts';

/**
 * Every write the server makes itself (seeding, migration, restore, import) goes through here:
 * the document is opened (loaded if needed), `write` runs in one transaction with SERVER_ORIGIN,
 * connected clients receive the change, and the promise resolves once it is in the log.
 * Inside a Hocuspocus load hook use `applyServerWrite` on the hook's document instead: opening a
 * document that is still loading waits for that load to finish.
 */
export async function serverWrite(
  hocuspocus: Hocuspocus,
  documentStore: Pick<DocumentStore, 'appendUpdate'>,
  documentName: string,
  write: (doc: Y.Doc) => void,
  options: ServerWriteOptions = {},
): Promise<void> {
  const address = parseDocumentName(documentName);
  if (!address.ok) throw new Error(`cannot write to a document: ${address.error}`);
  const connection = await hocuspocus.openDirectConnection(documentName, {});
  try {
    const document = connection.document;
    if (!document)
      throw new Error(`document ${documentName} closed before the server could write to it`);
    await applyServerWrite(document, documentName, documentStore, write, options);
  } finally {
    await connection.disconnect();
  }
}
