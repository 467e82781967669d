import type {
  beforeHandleAwarenessPayload,
  beforeSyncPayload,
  beforeUnloadDocumentPayload,
  Document,
  Extension,
  Hocuspocus,
  LocalTransactionOrigin,
  onLoadDocumentPayload,
} from '@hocuspocus/server';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { parseDocumentName } from '../../../shared/doc/documentName.ts';
import type { AuditStore } from '../../storage/AuditStore.ts';
import type { DocumentStore } from '../../storage/DocumentStore.ts';
import type { ReplayReport } from '../../storage/replayStoredDocument.ts';
import { replayStoredDocument } from '../../storage/replayStoredDocument.ts';
import { isConnectionContext } from '../auth/ConnectionContext.ts';
import { CLOSE_CODES, ConnectionRefusal } from '../ConnectionRefusal.ts';
import { admitClientIds } from './admitClientIds.ts';
import type { AppendedSeqs } from './AppendedSeqs.ts';
import { claimPresenceClientIds } from './claimPresenceClientIds.ts';
import { documentContainsUpdate } from './documentContainsUpdate.ts';
import type { ServerWriteLog } from './ServerWriteLog.ts';
import { storageWriteRefusal } from './storageWriteRefusal.ts';

export interface PersistenceConfiguration {
  documentStore: DocumentStore;
  /** Where client ids are bound to users. */
  auditStore: Pick<AuditStore, 'claimClientIds'>;
  /** The server's own writes; a document with one not yet saved is kept in memory. */
  serverWrites: ServerWriteLog | null;
  /** Told the seq of every update appended for a connection, for the schema audit. */
  appendedSeqs: AppendedSeqs | null;
  logger: Pick<Logger, 'error' | 'warn' | 'debug'>;
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
  /** Documents whose unload waits for a server write to be saved. */
  private readonly heldInMemory = new Map<string, { instance: Hocuspocus; document: Document }>();

  constructor(
    configuration: Pick<PersistenceConfiguration, 'documentStore' | 'auditStore' | 'logger'> &
      Partial<PersistenceConfiguration>,
  ) {
    this.configuration = { serverWrites: null, appendedSeqs: null, ...configuration };
    this.configuration.serverWrites?.onSaved((documentName) => this.unloadHeld(documentName));
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
    const update = newContentOf(document, documentName, type, payload);
    if (update === null) return;
    const { documentStore, auditStore, appendedSeqs, logger } = this.configuration;
    const userId = isConnectionContext(context) ? context.user.id : null;
    await admitClientIds({ auditStore, logger, document, documentName, update, userId });
    let seq: number;
    try {
      seq = await documentStore.appendUpdate(documentName, update, {
        userId,
        connectionId: connection.socketId,
        clientIds: [...Y.parseUpdateMeta(update).from.keys()].sort((left, right) => left - right),
        receivedAtMs: Date.now(),
      });
    } catch (error) {
      throw storageWriteRefusal(logger, documentName, error);
    }
    appendedSeqs?.remember(connection, seq);
  }

  async beforeHandleAwareness({
    states,
    context,
    connection,
    documentName,
  }: beforeHandleAwarenessPayload): Promise<void> {
    if (!connection || !isConnectionContext(context)) return;
    const { auditStore, logger } = this.configuration;
    await claimPresenceClientIds({
      auditStore,
      logger,
      documentName,
      userId: context.user.id,
      states,
    });
  }

  async beforeUnloadDocument({
    instance,
    documentName,
    document,
  }: beforeUnloadDocumentPayload): Promise<void> {
    if (!this.configuration.serverWrites?.hasUnsaved(documentName)) return;
    this.heldInMemory.set(documentName, { instance, document });
    // Throwing is how a hook keeps Hocuspocus from unloading the document.
    throw new Error(
      `${documentName} stays in memory: a server write to it is not saved yet and is being retried`,
    );
  }

  async onDestroy(): Promise<void> {
    const { serverWrites, documentStore, logger } = this.configuration;
    if (serverWrites) {
      await serverWrites.flush();
      serverWrites.close();
      if (serverWrites.unsavedCount > 0) {
        logger.error(
          { alert: 'storage-write-failed', unsavedWrites: serverWrites.unsavedCount },
          'ALERT: stopping with server writes that could not be saved',
        );
      }
    }
    await documentStore.flushCheckpoints();
  }

  private unloadHeld(documentName: string): void {
    const held = this.heldInMemory.get(documentName);
    if (!held) return;
    this.heldInMemory.delete(documentName);
    held.instance.unloadDocument(held.document).catch((error: unknown) => {
      this.configuration.logger.error({ documentName, err: error }, 'unloading a document failed');
    });
  }
}

/**
 * What of a sync message's update the document lacks, or null when it lacks nothing. A
 * reconnect's step 2 carries everything the client has, so only the difference is kept.
 */
function newContentOf(
  document: Y.Doc,
  documentName: string,
  type: number,
  payload: Uint8Array,
): Uint8Array | null {
  try {
    if (documentContainsUpdate(document, payload)) return null;
    return type === SYNC_STEP_2 ? Y.diffUpdate(payload, Y.encodeStateVector(document)) : payload;
  } catch (error) {
    throw new ConnectionRefusal(
      CLOSE_CODES.malformedUpdate,
      `the update sent for ${documentName} is not a valid Yjs update (${describeError(error)}); reload the document`,
    );
  }
}
