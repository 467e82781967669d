import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { LabelSchemaSnapshot } from '../../shared/doc/projectSchemaDoc.ts';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { MaskBitmap } from '../../shared/mask/MaskBitmap.ts';
import type { Result } from '../../shared/schema/result.ts';
import type { Author } from '../../shared/doc/writeRecords.ts';
import type { ItemDetail, UserSummary } from '../../shared/protocol/http.ts';
import type { PresenceUser } from '../../shared/protocol/presence.ts';
import type { ConnectionState } from '../collab/ConnectionState.ts';
import type { PresenceChannel } from '../collab/createPresence.ts';
import type { EditorCommands } from '../commands/EditorCommands.ts';
import type { UndoHistory } from '../commands/createUndoHistory.ts';
import type { SnapshotStore } from '../store/SnapshotStore.ts';

/** A document's connection as the UI sees it. */
export interface SessionDocument {
  /** The layer part of the document name (`main`, `schema`): the sync indicator's test id. */
  layer: string;
  getSnapshot(): ConnectionState;
  subscribe(listener: () => void): () => void;
}

/** Everything the editor needs for one open item, wired together; the UI never touches Yjs itself. */
export interface ItemSession {
  detail: ItemDetail;
  user: UserSummary;
  presenceUser: PresenceUser;
  /** The provider of the layer being annotated (the transcript binds Tiptap to it). */
  mainProvider: HocuspocusProvider;
  documents: readonly SessionDocument[];
  /** The layer being annotated: the user's own assignment layer, else the shared `main`. */
  mainDocument: SessionDocument;
  /** The user works blind: nobody else's work on the item is shown until it is revealed. */
  blind: boolean;
  layer: SnapshotStore<LayerSnapshot>;
  labelSchema: SnapshotStore<LabelSchemaSnapshot>;
  commands: EditorCommands;
  undo: UndoHistory;
  presence: PresenceChannel;
  author(): Author;
  /** The server granted write access to the main layer and the item's access allows it. */
  canWrite(): boolean;
  /** The pixels of a mask at a frame, decoded from its operations (only one user's with `onlyBy`). */
  maskFrame(maskId: string, frame: number, onlyBy?: string): Result<{ mask: MaskBitmap }>;
  dispose(): void;
}
