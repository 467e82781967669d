import type * as Y from 'yjs';
import { objectsOf } from '../../shared/doc/layerRoots.ts';
import type { HistoryRestoreResponse } from '../../shared/protocol/history.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import type { ServerWriteOptions } from '../collab/applyServerWrite.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { RestoreOutcome } from './restoreFromTarget.ts';
import { restoreFromTarget } from './restoreFromTarget.ts';
import { replayLayerAt } from './replayLayerAt.ts';

/** What a restore reads history from and writes the live layer through. */
export interface RestoreDependencies {
  documentStore: Pick<DocumentStore, 'readLog' | 'checkpointAsOf'>;
  collab: {
    serverWrite(
      documentName: string,
      write: (doc: Y.Doc) => void,
      options?: ServerWriteOptions,
    ): Promise<void>;
  };
}

/** Which layer to restore, to when, what part of it and for whom. */
export interface RestoreRequest {
  documentName: string;
  atMs: number;
  /** One object; the whole layer when null. */
  objectId: string | null;
  userId: string;
}

/**
 * Restores a layer (or one object of it) to how it stood at `atMs` as a new edit: the
 * difference is written into the live document through serverWrite, so it is logged under the
 * restoring user and reaches every connected client. Nothing already in the log changes.
 */
export async function restoreLayer(
  dependencies: RestoreDependencies,
  request: RestoreRequest,
): Promise<Result<HistoryRestoreResponse>> {
  const { documentName, atMs, objectId, userId } = request;
  const target = await replayLayerAt(dependencies.documentStore, documentName, atMs);
  let outcome: RestoreOutcome = { objectIds: [], transcriptChanged: false, linksChanged: false };
  let existedNowOrThen = true;
  try {
    await dependencies.collab.serverWrite(
      documentName,
      (live) => {
        if (objectId !== null) {
          existedNowOrThen = objectsOf(live).has(objectId) || objectsOf(target.doc).has(objectId);
        }
        outcome = restoreFromTarget(live, target.doc, objectId);
      },
      { userId },
    );
  } finally {
    target.doc.destroy();
  }
  if (!existedNowOrThen) {
    return fail(
      `object '${objectId}' did not exist at ${new Date(atMs).toISOString()} and does not exist now: there is nothing to restore`,
    );
  }
  const written = outcome.objectIds.length > 0 || outcome.transcriptChanged || outcome.linksChanged;
  return ok({ atMs, ...outcome, written });
}
