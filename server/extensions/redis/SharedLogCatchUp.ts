import type { beforeSyncPayload, Extension, LocalTransactionOrigin } from '@hocuspocus/server';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { AuditStore } from '../../storage/AuditStore.ts';
import type { DocumentStore, LogEntry } from '../../storage/DocumentStore.ts';
import { isConnectionContext } from '../auth/ConnectionContext.ts';
import { clientsAhead } from './clientsAhead.ts';

export interface SharedLogCatchUpConfiguration {
  documentStore: Pick<DocumentStore, 'load' | 'readLog'>;
  auditStore: Pick<AuditStore, 'ownerOfClientId'>;
  logger: Pick<Logger, 'info' | 'warn'>;
}

/** y-protocols sync step 2: what a client sends on (re)connecting, everything the server lacks. */
const SYNC_STEP_2 = 1;

/** What catching up applies is already in the log: Hocuspocus must not treat it as a change to store. */
const SHARED_LOG_ORIGIN: LocalTransactionOrigin = { source: 'local', skipStoreHooks: true };

function reaches(document: Y.Doc, targets: ReadonlyMap<number, number>): boolean {
  return [...targets].every(([clientId, clock]) => Y.getState(document.store, clientId) >= clock);
}

/** Applies log entries in one transaction and returns the highest seq among them and `fromSeq`. */
function applyEntries(document: Y.Doc, entries: readonly LogEntry[], fromSeq: number): number {
  let throughSeq = fromSeq;
  document.transact(() => {
    // Replay already judged each entry; one that does not apply stays out here as it does there.
    for (const entry of entries) {
      throughSeq = Math.max(throughSeq, entry.seq);
      try {
        Y.applyUpdate(document, entry.update);
      } catch {
        continue;
      }
    }
  }, SHARED_LOG_ORIGIN);
  return throughSeq;
}

/**
 * With several processes, a document held here can lag the shared log: another process appends an
 * update and shows it to its clients before Redis brings it here, and if that process dies, Redis
 * never does. A client of that process that reconnects here sends that update along with its own,
 * under a client id that belongs to someone else, which persistence refuses as a forgery, again on
 * every retry. So before persistence judges a sync message carrying other users' content that this
 * document lacks, the document catches up from the log, where that content already is.
 */
export class SharedLogCatchUp implements Extension {
  // After quota, before persistence judges the update.
  readonly priority = 810;
  readonly extensionName = 'concord-shared-log-catch-up';
  readonly configuration: SharedLogCatchUpConfiguration;
  /** Per document: the highest log seq caught up to; absent until the first catch-up. */
  private readonly caughtUpThroughSeq = new Map<string, number>();
  private readonly running = new Map<string, Promise<void>>();

  constructor(configuration: SharedLogCatchUpConfiguration) {
    this.configuration = configuration;
  }

  async beforeSync({
    type,
    payload,
    connection,
    document,
    documentName,
    context,
  }: beforeSyncPayload): Promise<void> {
    // Plain updates carry only the sender's own new edits; other users' content comes in step 2.
    if (type !== SYNC_STEP_2) return;
    if (connection.readOnly || !isConnectionContext(context)) return;
    let ahead: Map<number, number>;
    try {
      ahead = clientsAhead(document, payload);
    } catch {
      return; // persistence refuses bytes that do not decode, with the reason
    }
    const foreign = await this.othersContent(documentName, ahead, context.user.id);
    if (foreign.size === 0) return;
    const earlier = this.running.get(documentName);
    if (earlier) await earlier;
    if (reaches(document, foreign)) return;
    const catchingUp = this.catchUp(document, documentName, foreign).catch((error: unknown) => {
      // Persistence judges the update either way; without the catch-up it may refuse it.
      this.configuration.logger.warn(
        { documentName, err: error },
        'could not catch up with the log; the update is judged on what this process holds',
      );
    });
    this.running.set(documentName, catchingUp);
    try {
      await catchingUp;
    } finally {
      if (this.running.get(documentName) === catchingUp) this.running.delete(documentName);
    }
  }

  async afterUnloadDocument({ documentName }: { documentName: string }): Promise<void> {
    this.caughtUpThroughSeq.delete(documentName);
  }

  /** The entries of `ahead` whose client ids belong to a user other than `userId`. */
  private async othersContent(
    documentName: string,
    ahead: ReadonlyMap<number, number>,
    userId: string,
  ): Promise<Map<number, number>> {
    const foreign = new Map<number, number>();
    for (const [clientId, clock] of ahead) {
      const owner = await this.configuration.auditStore.ownerOfClientId(documentName, clientId);
      if (owner !== null && owner !== userId) foreign.set(clientId, clock);
    }
    return foreign;
  }

  private async catchUp(
    document: Y.Doc,
    documentName: string,
    targets: ReadonlyMap<number, number>,
  ): Promise<void> {
    const { documentStore, logger } = this.configuration;
    const afterSeq = this.caughtUpThroughSeq.get(documentName);
    let throughSeq: number;
    if (afterSeq === undefined) {
      // First time: the tail usually suffices; the checkpoint only when it was built after this load.
      const stored = await documentStore.load(documentName);
      throughSeq = applyEntries(document, stored.tail, stored.checkpoint?.throughSeq ?? 0);
      if (stored.checkpoint && !reaches(document, targets)) {
        Y.applyUpdate(document, stored.checkpoint.state, SHARED_LOG_ORIGIN);
      }
    } else {
      const entries = await documentStore.readLog(documentName, { afterSeq });
      throughSeq = applyEntries(document, entries, afterSeq);
    }
    this.caughtUpThroughSeq.set(documentName, throughSeq);
    const caughtUp = reaches(document, targets);
    logger[caughtUp ? 'info' : 'warn'](
      { documentName, throughSeq, caughtUp },
      caughtUp
        ? 'caught up with updates another process logged but did not relay'
        : 'a client sent other users’ content that is not in the log',
    );
  }
}
