import { parseDocumentName } from '../../shared/doc/documentName.ts';
import { AGREEMENT_LAYER } from '../../shared/doc/layerKind.ts';
import type { ExchangeDependencies } from './ExchangeDependencies.ts';

/** The layers of an item that exist in storage, by name; the derived agreement layer is left out. */
export async function listItemLayers(
  documentStore: ExchangeDependencies['documentStore'],
  projectId: string,
  itemId: string,
): Promise<string[]> {
  const layers: string[] = [];
  for (const name of await documentStore.listDocumentNames()) {
    const address = parseDocumentName(name);
    if (!address.ok || address.value.scope !== 'item') continue;
    const { projectId: project, itemId: item, layer } = address.value;
    if (project === projectId && item === itemId && layer !== AGREEMENT_LAYER) layers.push(layer);
  }
  return layers.sort();
}
