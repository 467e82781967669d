import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Extension } from '@hocuspocus/server';
import { Hocuspocus } from '@hocuspocus/server';
import type { NodeAdapter } from 'crossws/adapters/node';
import type { Logger } from 'pino';
import type * as Y from 'yjs';
import { COLLAB_PATH } from '../../shared/protocol/http.ts';
import { verifyToken } from '../auth/tokens.ts';
import { AgreementExtension } from '../agreement/AgreementExtension.ts';
import type { AgreementLease } from '../agreement/AgreementLease.ts';
import { SchemaAuditExtension } from '../extensions/audit/SchemaAuditExtension.ts';
import { AuthExtension } from '../extensions/auth/AuthExtension.ts';
import { PermissionSweepExtension } from '../extensions/auth/PermissionSweepExtension.ts';
import { AuthenticationDeadline } from '../extensions/limits/AuthenticationDeadline.ts';
import { DocumentQuotaExtension } from '../extensions/limits/DocumentQuotaExtension.ts';
import type { LimitsConfiguration } from '../extensions/limits/LimitsExtension.ts';
import { LimitsExtension } from '../extensions/limits/LimitsExtension.ts';
import { MigrationExtension } from '../extensions/migration/MigrationExtension.ts';
import { AppendedSeqs } from '../extensions/persistence/AppendedSeqs.ts';
import { PersistenceExtension } from '../extensions/persistence/PersistenceExtension.ts';
import { ServerWriteLog } from '../extensions/persistence/ServerWriteLog.ts';
import type { AuditStore } from '../storage/AuditStore.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { MetaStore } from '../storage/MetaStore.ts';
import type { ServerWriteOptions } from './applyServerWrite.ts';
import { createWebSocketAdapter } from './createWebSocketAdapter.ts';
import { serverWrite } from './serverWrite.ts';
import type { MaskCompactionPolicy } from './startMaskCompaction.ts';
import { DEFAULT_MASK_COMPACTION, startMaskCompaction } from './startMaskCompaction.ts';
import { waitForDocumentsToUnload } from './waitForDocumentsToUnload.ts';

export interface CollabOptions {
  /** The key tokens are signed with. */
  secret: string;
  metaStore: MetaStore;
  documentStore: DocumentStore;
  /** Client id bindings and schema flags, beside the update log. */
  auditStore: AuditStore;
  logger: Logger;
  limits?: Partial<Omit<LimitsConfiguration, 'logger'>>;
  /** Extensions beside Concord's own, placed by their priority (Redis when several processes share the data). */
  extensions?: Extension[];
  /** When old mask operations are folded into regions; DEFAULT_MASK_COMPACTION where left out. */
  maskCompaction?: Partial<MaskCompactionPolicy>;
  /** Which process scores an item's agreement when several serve it; this one alone by default. */
  agreementLease?: AgreementLease;
}

/** The collaboration side of the server: Hocuspocus with Concord's extensions, on our own HTTP server. */
export interface Collab {
  hocuspocus: Hocuspocus;
  /** Give it the HTTP server's `upgrade` events; only COLLAB_PATH is accepted. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Writes to a document as the server (or for `options.userId`); resolves once the change is in the log. */
  serverWrite(
    documentName: string,
    write: (doc: Y.Doc) => void,
    options?: ServerWriteOptions,
  ): Promise<void>;
  /**
   * Applies role and assignment changes to open connections now, rather than at the next sweep;
   * resolves once every open connection has been checked.
   */
  recheckAccess(): Promise<void>;
  /** Closes every connection, unloads documents and flushes pending checkpoints. */
  close(): Promise<void>;
}

const SHUTDOWN_CODE = 1001;
const UNLOAD_TIMEOUT_MS = 5_000;

function refuseUpgrade(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Closes sockets, waits for documents to unload, then flushes checkpoints (the onDestroy hooks). */
async function shutDown(
  hocuspocus: Hocuspocus,
  websockets: NodeAdapter,
  documentStore: DocumentStore,
  logger: Logger,
): Promise<void> {
  websockets.closeAll(SHUTDOWN_CODE, 'server is shutting down');
  hocuspocus.closeConnections();
  hocuspocus.flushPendingStores();
  const unloaded = await waitForDocumentsToUnload(hocuspocus, UNLOAD_TIMEOUT_MS);
  if (!unloaded) {
    logger.warn({ documents: hocuspocus.getDocumentsCount() }, 'documents still open at shutdown');
  }
  websockets.closeAll(SHUTDOWN_CODE, 'server is shutting down', true);
  await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
  documentStore.close();
}

/**
 * Builds Hocuspocus with limits → auth → permission sweep → quota → persistence → migration → schema audit →
 * live agreement (and the authentication deadline last), served through our HTTP server.
 */
export function createCollab(options: CollabOptions): Collab {
  const { documentStore, logger } = options;
  const limits = new LimitsExtension({ ...options.limits, logger });
  const { authenticationTimeoutMs, maxDocumentsPerUser } = limits.configuration;
  const deadline = new AuthenticationDeadline({ timeoutMs: authenticationTimeoutMs, logger });
  const quota = new DocumentQuotaExtension({
    maxDocumentsPerUser,
    logger,
    async userIdOf(token) {
      const claims = await verifyToken(options.secret, token);
      return claims.ok ? claims.value.userId : null;
    },
  });
  const appendedSeqs = new AppendedSeqs();
  const serverWrites = new ServerWriteLog({ documentStore, logger });
  const { auditStore } = options;
  const permissions = new PermissionSweepExtension({ metaStore: options.metaStore, logger });
  const hocuspocus = new Hocuspocus({
    name: 'concord',
    quiet: true,
    extensions: [
      limits,
      new AuthExtension({ secret: options.secret, metaStore: options.metaStore }),
      permissions,
      quota,
      new PersistenceExtension({ documentStore, auditStore, serverWrites, appendedSeqs, logger }),
      new MigrationExtension({ documentStore }),
      new SchemaAuditExtension({ auditStore, appendedSeqs, logger }),
      new AgreementExtension({
        metaStore: options.metaStore,
        hasDocument: (documentName) => documentStore.hasDocument(documentName),
        logger,
        lease: options.agreementLease,
      }),
      deadline,
      ...(options.extensions ?? []),
    ],
  });
  const websockets = createWebSocketAdapter(hocuspocus, {
    maxPayloadBytes: limits.configuration.maxSocketPayloadBytes,
    logger,
    onSocketOpen: (websocket, request) => deadline.watch(websocket, request),
    onSocketClose: (request) => deadline.forget(request),
  });

  const stopCompaction = startMaskCompaction(
    hocuspocus,
    (documentName, write) => serverWrite(hocuspocus, serverWrites, documentName, write),
    { ...DEFAULT_MASK_COMPACTION, ...options.maskCompaction },
    logger,
  );
  let closing: Promise<void> | null = null;
  return {
    hocuspocus,
    handleUpgrade(request, socket, head) {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (closing) return refuseUpgrade(socket, '503 Service Unavailable');
      if (path !== COLLAB_PATH) return refuseUpgrade(socket, '404 Not Found');
      void websockets.handleUpgrade(request, socket, head);
    },
    serverWrite(documentName, write, writeOptions) {
      if (closing)
        return Promise.reject(new Error('the server is shutting down; the write was not made'));
      return serverWrite(hocuspocus, serverWrites, documentName, write, writeOptions);
    },
    recheckAccess() {
      return permissions.recheck();
    },
    close() {
      stopCompaction();
      closing ??= shutDown(hocuspocus, websockets, documentStore, logger);
      return closing;
    },
  };
}
