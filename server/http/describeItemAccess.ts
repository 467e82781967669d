import type { DocumentAddress } from '../../shared/doc/documentName.ts';
import {
  itemDocumentName,
  PROJECT_LAYERS,
  projectDocumentName,
} from '../../shared/doc/documentName.ts';
import {
  AGREEMENT_LAYER,
  assignmentLayerOf,
  FINAL_LAYER,
  GOLD_LAYER,
  isModelLayer,
  MAIN_LAYER,
  REVIEW_LAYER,
  reviewThreadLayerOf,
} from '../../shared/doc/layerKind.ts';
import type { AssignmentSummary } from '../../shared/protocol/assignments.ts';
import type { LayerAccess } from '../../shared/protocol/http.ts';
import type { ItemId, LayerId, ProjectId } from '../../shared/schema/ids.ts';
import { memoizeAccessReads } from '../auth/memoizeAccessReads.ts';
import type { AccessReads } from '../auth/resolveAccess.ts';
import { resolveAccess } from '../auth/resolveAccess.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { AssignmentRow, MetaStore } from '../storage/MetaStore.ts';
import { toAssignmentSummary, workLayerOf } from './toAssignmentSummary.ts';

/** Where describeItemAccess reads from; without a document store no model layers are listed. */
export interface ItemAccessSources {
  metaStore: AccessReads & Pick<MetaStore, 'getUser'>;
  documentStore?: Pick<DocumentStore, 'listDocumentNames'>;
}

/** The documents of an item (and its project) a user may open, and the assignments they may know of. */
export interface ItemAccess {
  layers: LayerAccess[];
  projectDocuments: LayerAccess[];
  assignments: AssignmentSummary[];
}

async function modelLayersOf(
  documentStore: ItemAccessSources['documentStore'],
  projectId: string,
  itemId: string,
): Promise<string[]> {
  if (!documentStore) return [];
  const prefix = itemDocumentName(projectId, itemId, '');
  return (await documentStore.listDocumentNames())
    .filter((name) => name.startsWith(prefix) && isModelLayer(name.slice(prefix.length)))
    .map((name) => name.slice(prefix.length))
    .sort();
}

function candidateLayers(assignments: readonly AssignmentRow[], modelLayers: string[]): string[] {
  const ownLayers = assignments.filter((each) => each.mode !== 'shared');
  return [
    MAIN_LAYER,
    ...ownLayers.map((each) => assignmentLayerOf(each.id)),
    GOLD_LAYER,
    FINAL_LAYER,
    ...modelLayers,
    REVIEW_LAYER,
    ...ownLayers.map((each) => reviewThreadLayerOf(each.id)),
    AGREEMENT_LAYER,
  ];
}

/**
 * Every document of the item the user may open, with the access granted, decided by
 * `resolveAccess` exactly as the socket decides it. An assignment is listed to its annotator and
 * to whoever may read the layer it is worked in, so blind work is not even named to others.
 */
export async function describeItemAccess(
  sources: ItemAccessSources,
  userId: string,
  projectId: string,
  itemId: string,
): Promise<ItemAccess> {
  const reads = memoizeAccessReads(sources.metaStore);
  const itemAddress = (layer: string): DocumentAddress => ({
    scope: 'item',
    projectId: projectId as ProjectId,
    itemId: itemId as ItemId,
    layer: layer as LayerId,
  });
  const allAssignments = await reads.listAssignmentsOfItem(projectId, itemId);
  const modelLayers = await modelLayersOf(sources.documentStore, projectId, itemId);
  const layers: LayerAccess[] = [];
  for (const layer of candidateLayers(allAssignments, modelLayers)) {
    const access = await resolveAccess(reads, userId, itemAddress(layer));
    if (access === 'none') continue;
    layers.push({ documentName: itemDocumentName(projectId, itemId, layer), layer, access });
  }
  const projectDocuments: LayerAccess[] = [];
  for (const layer of PROJECT_LAYERS) {
    const address = { scope: 'project', projectId: projectId as ProjectId, layer } as const;
    const access = await resolveAccess(reads, userId, address);
    if (access === 'none') continue;
    projectDocuments.push({ documentName: projectDocumentName(projectId, layer), layer, access });
  }
  const readable = new Set(layers.map((each) => each.layer));
  const assignments: AssignmentSummary[] = [];
  for (const assignment of allAssignments) {
    if (assignment.userId !== userId && !readable.has(workLayerOf(assignment))) continue;
    const user = await sources.metaStore.getUser(assignment.userId);
    assignments.push({
      ...toAssignmentSummary(assignment, user?.username ?? ''),
      name: user?.name ?? '',
    });
  }
  return { layers, projectDocuments, assignments };
}
