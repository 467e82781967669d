import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { ItemDetail, LayerAccess, UserSummary } from '../../shared/protocol/http.ts';
import type { Result } from '../../shared/schema/result.ts';
import { ok } from '../../shared/schema/result.ts';
import { newRecordId } from '../../shared/schema/ids.ts';
import { readMaskFrame } from '../../shared/doc/writeMasks.ts';
import type { DocumentConnection } from '../collab/openDocument.ts';
import { openDocument } from '../collab/openDocument.ts';
import type { SessionDocument } from '../session/ItemSession.ts';
import { createLabelSchemaStore } from '../store/createLabelSchemaStore.ts';
import { createLayerStore } from '../store/createLayerStore.ts';
import { createAgreementStore } from './createAgreementStore.ts';
import { createProvenanceStore } from './createProvenanceStore.ts';
import { createReviewStateStore } from './createReviewStateStore.ts';
import type { ReviewLayerInfo } from './reviewDocumentsOf.ts';
import { reviewDocumentsOf } from './reviewDocumentsOf.ts';
import { createReviewCommands } from './ReviewCommands.ts';
import type { ReviewLayer, ReviewSession } from './ReviewSession.ts';

/** What a review session is opened with. */
export interface OpenReviewSessionOptions {
  socket: HocuspocusProviderWebsocket;
  token: () => string;
  detail: ItemDetail;
  user: UserSummary;
}

function asSessionDocument(connection: DocumentConnection, layer: string): SessionDocument {
  return { layer, getSnapshot: connection.getState, subscribe: connection.subscribe };
}

type Open = (access: LayerAccess) => DocumentConnection;

interface OpenedLayer {
  layer: ReviewLayer;
  connection: DocumentConnection;
}

function openLayer(open: Open, info: ReviewLayerInfo): OpenedLayer {
  const connection = open(info.access);
  const layer: ReviewLayer = {
    ...info,
    layer: info.access.layer,
    store: createLayerStore(connection.doc),
    document: asSessionDocument(connection, info.access.layer),
    maskFrame: (maskId, frame) => readMaskFrame(connection.doc, maskId, frame),
  };
  return { layer, connection };
}

/** True while the server granted write access to the document and the connection holds it. */
function writableWhile(access: LayerAccess | null, connection: DocumentConnection | null) {
  return () => access?.access === 'write' && connection?.getState().scope === 'read-write';
}

/**
 * Opens, on the page's one socket, what a reviewer adjudicates with: every assignment layer and
 * gold the user may read (read-only), the `agreement` results, `review` and `final` (written when
 * the server grants it) and the label schema. No presence: the compared layers are only read.
 */
export function openReviewSession(options: OpenReviewSessionOptions): Result<ReviewSession> {
  const { socket, token, detail, user } = options;
  const chosen = reviewDocumentsOf(detail);
  if (!chosen.ok) return chosen;
  const connections: DocumentConnection[] = [];
  const open: Open = (access) => {
    const connection = openDocument({ socket, name: access.documentName, token, awareness: false });
    connections.push(connection);
    return connection;
  };
  const { compared: comparedInfo, final: finalInfo, review: reviewAccess } = chosen.value;
  const compared = comparedInfo.map((info) => openLayer(open, info));
  const final = finalInfo ? openLayer(open, finalInfo) : null;
  const agreement = open(chosen.value.agreement);
  const review = reviewAccess ? open(reviewAccess) : null;
  const schema = chosen.value.schema ? open(chosen.value.schema) : null;
  const canWriteFinal = writableWhile(finalInfo?.access ?? null, final?.connection ?? null);
  const canWriteReview = writableWhile(reviewAccess, review);
  const stores = {
    provenance: createProvenanceStore(final?.connection.doc ?? new Y.Doc()),
    agreement: createAgreementStore(agreement.doc),
    review: createReviewStateStore(review?.doc ?? new Y.Doc()),
    labelSchema: createLabelSchemaStore(schema?.doc ?? new Y.Doc()),
  };
  const commands = createReviewCommands({
    review: review?.doc ?? null,
    final: final?.connection.doc ?? null,
    layerDoc: (name) => compared.find((each) => each.layer.layer === name)?.connection.doc ?? null,
    me: { userId: user.id, name: user.name },
    canWriteReview,
    canWriteFinal,
    newId: newRecordId,
    nowMs: () => Date.now(),
  });
  const layers = [...compared, ...(final ? [final] : [])].map((opened) => opened.layer);
  return ok({
    detail,
    user,
    compared: compared.map((opened) => opened.layer),
    final: final?.layer ?? null,
    ...stores,
    documents: [
      ...layers.map((layer) => layer.document),
      asSessionDocument(agreement, chosen.value.agreement.layer),
      ...(review && reviewAccess ? [asSessionDocument(review, reviewAccess.layer)] : []),
    ],
    commands,
    canWriteFinal,
    canWriteReview,
    dispose() {
      for (const layer of layers) layer.store.dispose();
      for (const store of Object.values(stores)) store.dispose();
      for (const connection of connections) connection.dispose();
    },
  });
}
