import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { projectDocumentName } from '../../shared/doc/documentName.ts';
import { openDocument } from '../collab/openDocument.ts';
import { createLabelSchemaStore } from '../store/createLabelSchemaStore.ts';
import { createSchemaCommands } from './SchemaCommands.ts';
import type { SchemaSession } from './SchemaSession.ts';

/** What the schema page is opened with. */
export interface OpenSchemaSessionOptions {
  socket: HocuspocusProviderWebsocket;
  token: () => string;
  projectId: string;
}

const SCHEMA_LAYER = 'schema';

/**
 * Opens `<projectId>/_/schema` on the page's one socket, without presence; the server decides from
 * the user's project role whether the connection may write.
 */
export function openSchemaSession(options: OpenSchemaSessionOptions): SchemaSession {
  const { socket, token, projectId } = options;
  const name = projectDocumentName(projectId, SCHEMA_LAYER);
  const connection = openDocument({ socket, name, token, awareness: false });
  const canWrite = () => connection.getState().scope === 'read-write';
  const labelSchema = createLabelSchemaStore(connection.doc);
  return {
    projectId,
    document: {
      layer: SCHEMA_LAYER,
      getSnapshot: connection.getState,
      subscribe: connection.subscribe,
    },
    labelSchema,
    commands: createSchemaCommands(connection.doc, canWrite),
    canWrite,
    dispose() {
      labelSchema.dispose();
      connection.dispose();
    },
  };
}
