import { itemDocumentName } from '../../shared/doc/documentName.ts';
import { GOLD_LAYER } from '../../shared/doc/layerKind.ts';
import { newAssignmentId } from '../http/createAssignments.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { MetaStore } from '../storage/MetaStore.ts';

/**
 * A random item id (`it-` and 16 characters of [0-9a-z]) that says nothing of the item it copies,
 * unused by any item and by any stored document (a failed request may leave an orphaned gold copy).
 */
export async function newHoneypotItemId(
  metaStore: Pick<MetaStore, 'getItem'>,
  documentStore: Pick<DocumentStore, 'hasDocument'>,
  projectId: string,
): Promise<string> {
  for (;;) {
    const itemId = `it-${newAssignmentId()}`;
    const taken =
      (await metaStore.getItem(projectId, itemId)) !== undefined ||
      (await documentStore.hasDocument(itemDocumentName(projectId, itemId, GOLD_LAYER)));
    if (!taken) return itemId;
  }
}
