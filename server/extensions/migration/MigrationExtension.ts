import type { afterLoadDocumentPayload, Extension } from '@hocuspocus/server';
import type { DocumentAddress } from '../../../shared/doc/documentName.ts';
import { parseDocumentName } from '../../../shared/doc/documentName.ts';
import { readDocumentVersions, stampDocument } from '../../../shared/doc/layerMeta.ts';
import { META_ITEM_ID, META_LAYER_ID, META_PROJECT_ID } from '../../../shared/doc/roots.ts';
import { applyServerWrite } from '../../collab/applyServerWrite.ts';
import type { DocumentStore } from '../../storage/DocumentStore.ts';
import { CLOSE_CODES, ConnectionRefusal } from '../ConnectionRefusal.ts';
import { migrateRecordsInPlace } from './migrateRecordsInPlace.ts';
import { planInPlaceMigration } from './planInPlaceMigration.ts';

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
 * Only the server migrates: after a document loads, records stamped at older versions are migrated
 * in place (shared/schema's migrations, carried out by their in-place counterparts) and `meta` is
 * stamped with this build's versions, in one write. It is idempotent: nothing is written when the
 * stamp already matches. The write is in the log before Hocuspocus lets the first client sync.
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
    const plan = planInPlaceMigration(readDocumentVersions(document).recordVersions);
    if (!plan.ok) {
      // Stamping would pass a newer document off as this build's and let old clients write to it.
      throw new ConnectionRefusal(
        CLOSE_CODES.storageUnavailable,
        `${documentName} cannot be served by this server: ${plan.error}`,
      );
    }
    const ids = idsOf(address.value);
    await applyServerWrite(document, documentName, this.configuration.documentStore, (doc) => {
      migrateRecordsInPlace(doc, plan.value);
      stampDocument(doc, ids, null);
    });
    // Connections wait for the load to finish, so this broadcast would only duplicate sync step 2.
    document.flush();
  }
}
