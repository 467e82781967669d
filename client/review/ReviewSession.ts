import type { FinalProvenance } from '../../shared/agreement/finalProvenance.ts';
import type { LabelSchemaSnapshot } from '../../shared/doc/projectSchemaDoc.ts';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { MaskBitmap } from '../../shared/mask/MaskBitmap.ts';
import type { ItemDetail, UserSummary } from '../../shared/protocol/http.ts';
import type { Result } from '../../shared/schema/result.ts';
import type { SessionDocument } from '../session/ItemSession.ts';
import type { SnapshotStore } from '../store/SnapshotStore.ts';
import type { AgreementSnapshot } from './createAgreementStore.ts';
import type { ReviewState } from './createReviewStateStore.ts';
import type { ReviewLayerInfo } from './reviewDocumentsOf.ts';
import type { ReviewCommands } from './ReviewCommands.ts';

/** One layer open on the review page: whose it is, its colour, its live snapshots and sync state. */
export interface ReviewLayer extends ReviewLayerInfo {
  layer: string;
  store: SnapshotStore<LayerSnapshot>;
  document: SessionDocument;
  /** The pixels of one of the layer's masks at a frame, decoded from its operations. */
  maskFrame(maskId: string, frame: number): Result<{ mask: MaskBitmap }>;
}

/** Everything the review page needs for one item, wired together; the UI never touches Yjs itself. */
export interface ReviewSession {
  detail: ItemDetail;
  user: UserSummary;
  /** The layers compared: assignment layers and gold the user may read, in name order. */
  compared: readonly ReviewLayer[];
  /** The adjudicated layer; null when the user may not read it. */
  final: ReviewLayer | null;
  provenance: SnapshotStore<ReadonlyMap<string, FinalProvenance>>;
  agreement: SnapshotStore<AgreementSnapshot>;
  review: SnapshotStore<ReviewState>;
  labelSchema: SnapshotStore<LabelSchemaSnapshot>;
  /** Every document open, for the sync indicators. */
  documents: readonly SessionDocument[];
  commands: ReviewCommands;
  canWriteFinal(): boolean;
  canWriteReview(): boolean;
  dispose(): void;
}
