import type {
  beforeSyncPayload,
  Extension,
  LocalTransactionOrigin,
  onLoadDocumentPayload,
} from '@hocuspocus/server';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { parseDocumentName } from '../../../shared/doc/documentName.ts';
import type { DocumentStore } from '../../storage/DocumentStore.ts';
import type { ReplayReport } from '../../storage/replayStoredDocument.ts';
import { replayStoredDocument } from '../../storage/replayStoredDocument.ts';
import { isConnectionContext } from '../auth/ConnectionContext.ts';
import { CLOSE_CODES, ConnectionRefusal } from '../ConnectionRefusal.ts';
import { documentContainsUpdate } from './documentContainsUpdate.ts';

export interface PersistenceConfiguration {
  documentStore: DocumentStore;
  logger: Pick<Logger, 'error' | 'debug'>;
}

/** y-protocols sync message types that carry document content. */
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** Origin of what loading applies; Hocuspocus must not treat it as a change to store. */
const LOAD_ORIGIN: LocalTransactionOrigin = { source: 'local', skipStoreHooks: true };

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The durability contract: an update is appended to the log before it is applied and before
 * the client is told it is synced, so an acknowledged edit is on disk. Loading is checkpoint +
 * log tail; a load that fails throws, so an empty document is never served over stored data.
 */
export class PersistenceExtension implements Extension {
  readonly priority = 800;
  readonly extensionName = 'concord-persistence';
  readonly configuration: PersistenceConfiguration;

  constructor(configuration: PersistenceConfiguration) {
    this.configuration = configuration;
  }

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    const address = parseDocumentName(documentName);
    if (!address.ok) throw new ConnectionRefusal(CLOSE_CODES.forbidden, address.error);
    const { documentStore, logger } = this.configuration;
    let report: ReplayReport;
    try {
      report = await replayStoredDocument(
        documentStore,
        documentName,
        document,
        logger,
        LOAD_ORIGIN,
      );
    } catch (error) {
      logger.error(
        { documentName, err: error },
        'document storage cannot be read; refusing to serve the document',
      );
      throw new ConnectionRefusal(
        CLOSE_CODES.storageUnavailable,
        `${documentName} cannot be loaded right now (its storage could not be read); try again shortly`,
      );
    }
    // Nobody is connected yet: flushing now drops the broadcast of the loaded state, which would
    // otherwise reach the first client on top of its sync step 2 and send it everything twice.
    document.flush();
    logger.debug(
      { documentName, ...report, skippedEntries: report.skippedEntries.length },
      'document loaded',
    );
  }

  async beforeSync({
    type,
    payload,
    connection,
    document,
    documentName,
    context,
  }: beforeSyncPayload): Promise<void> {
    if (type !== SYNC_STEP_2 && type !== SYNC_UPDATE) return;
    // Hocuspocus refuses a read-only connection's update right after this hook.
    if (connection.readOnly) return;
    let contained: boolean;
    try {
      contained = documentContainsUpdate(document, payload);
    } catch (error) {
      throw new ConnectionRefusal(
        CLOSE_CODES.malformedUpdate,
        `the update sent for ${documentName} is not a valid Yjs update (${describeError(error)}); reload the document`,
      );
    }
    if (contained) return;
    // A reconnect's step 2 carries everything the client has; keep only what the server lacks.
    const update =
      type === SYNC_STEP_2 ? Y.diffUpdate(payload, Y.encodeStateVector(document)) : payload;
    await this.configuration.documentStore.appendUpdate(documentName, update, {
      userId: isConnectionContext(context) ? context.user.id : null,
      connectionId: connection.socketId,
      clientIds: [...Y.parseUpdateMeta(update).from.keys()].sort((left, right) => left - right),
      receivedAtMs: Date.now(),
    });
  }

  async onDestroy(): Promise<void> {
    await this.configuration.documentStore.flushCheckpoints();
  }
}
