import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Hocuspocus } from '@hocuspocus/server';
import type { NodeAdapter } from 'crossws/adapters/node';
import type { Logger } from 'pino';
import type * as Y from 'yjs';
import { COLLAB_PATH } from '../../shared/protocol/http.ts';
import { AuthExtension } from '../extensions/auth/AuthExtension.ts';
import type { LimitsConfiguration } from '../extensions/limits/LimitsExtension.ts';
import { LimitsExtension } from '../extensions/limits/LimitsExtension.ts';
import { MigrationExtension } from '../extensions/migration/MigrationExtension.ts';
import { PersistenceExtension } from '../extensions/persistence/PersistenceExtension.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { MetaStore } from '../storage/MetaStore.ts';
import { createWebSocketAdapter } from './createWebSocketAdapter.ts';
import { serverWrite } from './serverWrite.ts';
import { waitForDocumentsToUnload } from './waitForDocumentsToUnload.ts';

export interface CollabOptions {
  /** The key tokens are signed with. */
  secret: string;
  metaStore: MetaStore;
  documentStore: DocumentStore;
  logger: Logger;
  limits?: Partial<Omit<LimitsConfiguration, 'logger'>>;
}

/** The collaboration side of the server: Hocuspocus with Concord's extensions, on our own HTTP server. */
export interface Collab {
  hocuspocus: Hocuspocus;
  /** Give it the HTTP server's `upgrade` events; only COLLAB_PATH is accepted. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Writes to a document as the server; resolves once the change is in the log. */
  serverWrite(documentName: string, write: (doc: Y.Doc) => void): Promise<void>;
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

/** Builds Hocuspocus with limits → auth → persistence → migration, served through our HTTP server. */
export function createCollab(options: CollabOptions): Collab {
  const { documentStore, logger } = options;
  const limits = new LimitsExtension({ ...options.limits, logger });
  const hocuspocus = new Hocuspocus({
    name: 'concord',
    quiet: true,
    extensions: [
      limits,
      new AuthExtension({ secret: options.secret, metaStore: options.metaStore }),
      new PersistenceExtension({ documentStore, logger }),
      new MigrationExtension({ documentStore }),
    ],
  });
  const websockets = createWebSocketAdapter(hocuspocus, {
    maxPayloadBytes: limits.configuration.maxSocketPayloadBytes,
    logger,
  });

  let closing: Promise<void> | null = null;
  return {
    hocuspocus,
    handleUpgrade(request, socket, head) {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (closing) return refuseUpgrade(socket, '503 Service Unavailable');
      if (path !== COLLAB_PATH) return refuseUpgrade(socket, '404 Not Found');
      void websockets.handleUpgrade(request, socket, head);
    },
    serverWrite(documentName, write) {
      if (closing)
        return Promise.reject(new Error('the server is shutting down; the write was not made'));
      return serverWrite(hocuspocus, documentStore, documentName, write);
    },
    close() {
      closing ??= shutDown(hocuspocus, websockets, documentStore, logger);
      return closing;
    },
  };
}
