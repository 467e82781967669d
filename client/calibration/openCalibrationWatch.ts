import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { itemDocumentName, projectDocumentName } from '../../shared/doc/documentName.ts';
import { GOLD_LAYER } from '../../shared/doc/layerKind.ts';
import type { LabelSchemaSnapshot } from '../../shared/doc/projectSchemaDoc.ts';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { DocumentConnection } from '../collab/openDocument.ts';
import { openDocument } from '../collab/openDocument.ts';
import type { AgreementSnapshot } from '../review/createAgreementStore.ts';
import { createAgreementStore } from '../review/createAgreementStore.ts';
import type { SessionDocument } from '../session/ItemSession.ts';
import { createLabelSchemaStore } from '../store/createLabelSchemaStore.ts';
import { createLayerStore } from '../store/createLayerStore.ts';
import type { SnapshotStore } from '../store/SnapshotStore.ts';

/** One session item as the trainer watches it: its live agreement results and its gold. */
export interface WatchedItem {
  itemId: string;
  agreement: SnapshotStore<AgreementSnapshot>;
  gold: SnapshotStore<LayerSnapshot>;
}

/** What the dashboard reads live; the UI never touches Yjs itself. */
export interface CalibrationWatch {
  items: readonly WatchedItem[];
  labelSchema: SnapshotStore<LabelSchemaSnapshot>;
  /** Every document open, for the sync indicators. */
  documents: readonly SessionDocument[];
  dispose(): void;
}

/**
 * Opens, read-only and without presence, each session item's `agreement` document (which the
 * server keeps scored as trainees edit) and its gold layer, and the project's label schema.
 */
export function openCalibrationWatch(options: {
  socket: HocuspocusProviderWebsocket;
  token: () => string;
  projectId: string;
  itemIds: readonly string[];
}): CalibrationWatch {
  const { socket, token, projectId } = options;
  const connections: DocumentConnection[] = [];
  const documents: SessionDocument[] = [];
  const open = (name: string, label: string) => {
    const connection = openDocument({ socket, name, token, awareness: false });
    connections.push(connection);
    documents.push({
      layer: label,
      getSnapshot: connection.getState,
      subscribe: connection.subscribe,
    });
    return connection;
  };
  const items = options.itemIds.map((itemId): WatchedItem => {
    const agreement = open(itemDocumentName(projectId, itemId, 'agreement'), `${itemId}-agreement`);
    const gold = open(itemDocumentName(projectId, itemId, GOLD_LAYER), `${itemId}-gold`);
    return {
      itemId,
      agreement: createAgreementStore(agreement.doc),
      gold: createLayerStore(gold.doc),
    };
  });
  const schema = open(projectDocumentName(projectId, 'schema'), 'schema');
  const labelSchema = createLabelSchemaStore(schema.doc);
  return {
    items,
    labelSchema,
    documents,
    dispose() {
      for (const item of items) {
        item.agreement.dispose();
        item.gold.dispose();
      }
      labelSchema.dispose();
      for (const connection of connections) connection.dispose();
    },
  };
}
