import type { LayerAccess, Role } from '../../shared/protocol/http.ts';
import type { ItemId, LayerId, ProjectId } from '../../shared/schema/ids.ts';
import { itemDocumentName, projectDocumentName } from '../../shared/doc/documentName.ts';
import { accessFor } from '../auth/accessFor.ts';

const ITEM_LAYERS = ['main'] as const;
const PROJECT_DOCUMENTS = ['schema'] as const;

/** The documents of an item (and its project) a role may open, by the same rule the socket applies. */
export function describeItemAccess(
  role: Role,
  projectId: string,
  itemId: string,
): { layers: LayerAccess[]; projectDocuments: LayerAccess[] } {
  const layers = ITEM_LAYERS.flatMap((layer): LayerAccess[] => {
    const access = accessFor(role, {
      scope: 'item',
      projectId: projectId as ProjectId,
      itemId: itemId as ItemId,
      layer: layer as LayerId,
    });
    if (access === 'none') return [];
    return [{ documentName: itemDocumentName(projectId, itemId, layer), layer, access }];
  });
  const projectDocuments = PROJECT_DOCUMENTS.flatMap((layer): LayerAccess[] => {
    const access = accessFor(role, { scope: 'project', projectId: projectId as ProjectId, layer });
    if (access === 'none') return [];
    return [{ documentName: projectDocumentName(projectId, layer), layer, access }];
  });
  return { layers, projectDocuments };
}
