import type * as Y from 'yjs';
import type { ServerWriteOptions } from '../collab/applyServerWrite.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { MetaStore } from '../storage/MetaStore.ts';

/** What export and import read and write through: the stores and the server's document writes. */
export interface ExchangeDependencies {
  metaStore: MetaStore;
  documentStore: Pick<DocumentStore, 'listDocumentNames' | 'hasDocument'>;
  collab: {
    serverWrite(
      documentName: string,
      write: (doc: Y.Doc) => void,
      options?: ServerWriteOptions,
    ): Promise<void>;
  };
}
