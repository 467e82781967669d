import { projectDocumentName } from '../../shared/doc/documentName.ts';
import type { LabelSchemaSnapshot } from '../../shared/doc/projectSchemaDoc.ts';
import { readLabelSchema } from '../../shared/doc/projectSchemaDoc.ts';
import type { ExchangeDependencies } from './ExchangeDependencies.ts';
import { readLayerDocument } from './readLayerDocument.ts';

/** The project's labels and tiers as they are now; a project that never had a schema has none. */
export async function readProjectLabelSchema(
  dependencies: Pick<ExchangeDependencies, 'documentStore' | 'collab'>,
  projectId: string,
): Promise<LabelSchemaSnapshot> {
  const documentName = projectDocumentName(projectId, 'schema');
  if (!(await dependencies.documentStore.hasDocument(documentName))) {
    return { labels: [], tiers: [], skeletons: [], relationTypes: [], violations: [] };
  }
  return readLayerDocument(dependencies.collab, documentName, readLabelSchema);
}
