import { itemDocumentName } from '../../shared/doc/documentName.ts';
import type { NativeItem } from '../../shared/formats/native/nativeItemSchema.ts';
import { formatJsonPath } from '../../shared/formats/native/formatJsonPath.ts';
import type { NativeProblem } from '../../shared/formats/native/NativeProblem.ts';
import { layerHasContent } from './clearLayerContent.ts';
import type { ExchangeDependencies } from './ExchangeDependencies.ts';
import { readLayerDocument } from './readLayerDocument.ts';

/** The file's layers whose documents already hold records or a transcript, each by its path in the file. */
export async function findFilledLayers(
  dependencies: Pick<ExchangeDependencies, 'documentStore' | 'collab'>,
  projectId: string,
  itemId: string,
  file: NativeItem,
): Promise<NativeProblem[]> {
  const problems: NativeProblem[] = [];
  for (const [index, { layer }] of file.layers.entries()) {
    const documentName = itemDocumentName(projectId, itemId, layer);
    if (!(await dependencies.documentStore.hasDocument(documentName))) continue;
    if (!(await readLayerDocument(dependencies.collab, documentName, layerHasContent))) continue;
    problems.push({
      path: formatJsonPath(['layers', index, 'layer']),
      message: `layer ${layer} of item ${itemId} already holds annotations; import with replace to overwrite them`,
    });
  }
  return problems;
}
