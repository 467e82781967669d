import type { LabelSchemaSnapshot } from '../../shared/doc/projectSchemaDoc.ts';
import type { SessionDocument } from '../session/ItemSession.ts';
import type { SnapshotStore } from '../store/SnapshotStore.ts';
import type { SchemaCommands } from './SchemaCommands.ts';

/** A project's label schema open for editing: its live document, its snapshots and its commands. */
export interface SchemaSession {
  projectId: string;
  /** The schema document's connection (layer `schema`): sync state and granted scope. */
  document: SessionDocument;
  labelSchema: SnapshotStore<LabelSchemaSnapshot>;
  commands: SchemaCommands;
  /** The server granted this connection write access to the schema. */
  canWrite(): boolean;
  dispose(): void;
}
