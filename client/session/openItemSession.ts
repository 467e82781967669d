import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { ItemDetail, UserSummary } from '../../shared/protocol/http.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { createPresence } from '../collab/createPresence.ts';
import type { DocumentConnection } from '../collab/openDocument.ts';
import { openDocument } from '../collab/openDocument.ts';
import { readMaskFrame } from '../../shared/doc/writeMasks.ts';
import { createEditorCommands } from '../commands/EditorCommands.ts';
import { createUndoHistory } from '../commands/createUndoHistory.ts';
import { createLabelSchemaStore } from '../store/createLabelSchemaStore.ts';
import { createLayerStore } from '../store/createLayerStore.ts';
import { chooseWorkLayer } from './chooseWorkLayer.ts';
import type { ItemSession, SessionDocument } from './ItemSession.ts';

/** What an item session is opened with. */
export interface OpenItemSessionOptions {
  socket: HocuspocusProviderWebsocket;
  token: () => string;
  detail: ItemDetail;
  user: UserSummary;
  /** A layer to open instead of the user's own work layer (`final`, for a reviewer). */
  layer?: string;
}

const SCHEMA_LAYER = 'schema';

function asSessionDocument(connection: DocumentConnection, layer: string): SessionDocument {
  return { layer, getSnapshot: connection.getState, subscribe: connection.subscribe };
}

/**
 * Opens the layer the user annotates (their own assignment layer, else the shared `main`) and
 * the project's label schema on the page's socket.
 */
export function openItemSession(options: OpenItemSessionOptions): Result<ItemSession> {
  const { socket, token, detail, user } = options;
  const workLayer = chooseWorkLayer(detail, user.id, options.layer ?? null);
  if (!workLayer.ok) return workLayer;
  const { access: mainAccess, blind } = workLayer.value;
  const schemaAccess = detail.projectDocuments.find((document) => document.layer === SCHEMA_LAYER);
  const main = openDocument({ socket, name: mainAccess.documentName, token });
  const schema = schemaAccess
    ? openDocument({ socket, name: schemaAccess.documentName, token, awareness: false })
    : null;
  const canWrite = () => mainAccess.access === 'write' && main.getState().scope === 'read-write';
  const author = () => ({ userId: user.id, nowMs: Date.now() });
  const presenceUser = { id: user.id, name: user.name, colour: user.colour };
  const awareness = main.provider.awareness;
  if (!awareness) {
    main.dispose();
    schema?.dispose();
    return fail(`layer ${mainAccess.layer} was opened without presence`);
  }
  const presence = createPresence(awareness);
  presence.setLocalUser(presenceUser);
  const layer = createLayerStore(main.doc);
  const labelSchema = createLabelSchemaStore(schema?.doc ?? new Y.Doc());
  const commands = createEditorCommands({ doc: main.doc, author, canWrite });
  const undo = createUndoHistory(main.doc, { canWrite });
  const mainDocument = asSessionDocument(main, mainAccess.layer);
  const documents = schema
    ? [mainDocument, asSessionDocument(schema, SCHEMA_LAYER)]
    : [mainDocument];
  return ok({
    detail,
    user,
    presenceUser,
    mainProvider: main.provider,
    documents,
    mainDocument,
    blind,
    layer,
    labelSchema,
    commands,
    undo,
    presence,
    author,
    canWrite,
    maskFrame: (maskId, frame, onlyBy) => readMaskFrame(main.doc, maskId, frame, onlyBy),
    dispose() {
      undo.dispose();
      presence.dispose();
      layer.dispose();
      labelSchema.dispose();
      main.dispose();
      schema?.dispose();
    },
  });
}
