import type { afterLoadDocumentPayload, Extension } from '@hocuspocus/server';
import type { DocumentAddress } from '../../../shared/doc/documentName.ts';
import { parseDocumentName } from '../../../shared/doc/documentName.ts';
import { stampDocument } from '../../../shared/doc/layerMeta.ts';
import { META_ITEM_ID, META_LAYER_ID, META_PROJECT_ID } from '../../../shared/doc/roots.ts';
import { applyServerWrite } from '../../collab/applyServerWrite.ts';
import type { DocumentStore } from '../../storage/DocumentStore.ts';

export interface MigrationConfiguration {
  documentStore: DocumentStore;
}

function idsOf(address: DocumentAddress): Record<string, string> {
  const ids: Record<string, string> = {
    [META_PROJECT_ID]: address.projectId,
    [META_LAYER_ID]: address.layer,
  };
  if (address.scope === 'item') ids[META_ITEM_ID] = address.itemId;
  return ids;
}

/**
 * Only the server migrates: after a document loads, `meta` is stamped with this build's schema
 * versions (idempotent; nothing is written when they already match), and the stamp is in the log
 * before Hocuspocus lets the first client sync.
 */
export class MigrationExtension implements Extension {
  readonly priority = 700;
  readonly extensionName = 'concord-migration';
  readonly configuration: MigrationConfiguration;

  constructor(configuration: MigrationConfiguration) {
    this.configuration = configuration;
  }

  async afterLoadDocument({ documentName, document }: afterLoadDocumentPayload): Promise<void> {
    const address = parseDocumentName(documentName);
    if (!address.ok) throw new Error(address.error);
    const ids = idsOf(address.value);
    await applyServerWrite(document, documentName, this.configuration.documentStore, (doc) =>
      stampDocument(doc, ids, null),
    );
    // Connections wait for the load to finish, so this broadcast would only duplicate sync step 2.
    document.flush();
  }
}
