import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { hostname } from 'node:os';
import type { AddressInfo } from 'node:net';
import type { DatabaseSync } from 'node:sqlite';
import { getRequestListener } from '@hono/node-server';
import pino from 'pino';
import type { Logger } from 'pino';
import { loadOrCreateSecret } from './auth/loadOrCreateSecret.ts';
import type { Collab, CollabOptions } from './collab/createCollab.ts';
import { createCollab } from './collab/createCollab.ts';
import type { Config } from './config.ts';
import { SharedLogCatchUp } from './extensions/redis/SharedLogCatchUp.ts';
import { startRedisExtension } from './extensions/redis/startRedisExtension.ts';
import { createRedisClient } from './extensions/redis/createRedisClient.ts';
import { RedisAgreementLease } from './agreement/RedisAgreementLease.ts';
import { createHttpApp } from './http/createHttpApp.ts';
import { PeaksStore } from './media/peaks/PeaksStore.ts';
import { seedDemo } from './seed/seedDemo.ts';
import type { AuditStore } from './storage/AuditStore.ts';
import type { DocumentStore } from './storage/DocumentStore.ts';
import type { MetaStore } from './storage/MetaStore.ts';
import type { CheckpointPolicy } from './storage/CheckpointPolicy.ts';
import { openStores } from './storage/openStores.ts';
import type { JournalPolicy } from './storage/sqlite/JournalledLog.ts';

/** Knobs tests and benchmarks turn; production runs with the defaults. */
export interface StartOptions {
  logger?: Logger;
  checkpoints?: Partial<CheckpointPolicy>;
  journal?: Partial<JournalPolicy>;
  limits?: CollabOptions['limits'];
  maskCompaction?: CollabOptions['maskCompaction'];
  /** ffmpeg for waveform peaks; found on PATH when left out, none with null. */
  ffmpegPath?: string | null;
}

/** A listening server and what it is made of. */
export interface RunningServer {
  port: number;
  /** Base URL of HTTP; the collaboration socket is at COLLAB_PATH on the same origin. */
  url: string;
  /** Stops accepting, closes every connection, flushes checkpoints and closes the database. */
  close(): Promise<void>;
  metaStore: MetaStore;
  documentStore: DocumentStore;
  auditStore: AuditStore;
  /** The embedded database the stores share (tests use it to simulate a full disk); null on PostgreSQL. */
  database: DatabaseSync | null;
  collab: Collab;
  /** Waveform peaks of each media. */
  peaks: PeaksStore;
  logger: Logger;
}

function listen(server: http.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `port ${port} on ${host} is already in use; set PORT to a free port`
            : `cannot listen on ${host}:${port}: ${error.message}`,
        ),
      );
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function urlOf(host: string, port: number): string {
  const shownHost =
    host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shownHost}:${port}`;
}

/** Stops HTTP and the socket, flushes checkpoints, stops peak computations, then closes the database; safe to call twice. */
function stopperFor(
  httpServer: http.Server,
  collab: Collab,
  peaks: PeaksStore,
  database: { close(): Promise<void> },
): () => Promise<void> {
  let stopping: Promise<void> | null = null;
  return () => {
    stopping ??= (async () => {
      const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await collab.close();
      httpServer.closeAllConnections();
      await stopped;
      await peaks.close();
      await database.close();
    })();
    return stopping;
  };
}

async function seedDemoProject(dependencies: Parameters<typeof seedDemo>[0]): Promise<void> {
  try {
    await seedDemo(dependencies);
  } catch (error) {
    throw new Error(`seeding the demo project failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** The composition root: database, stores, collaboration, HTTP, one port. */
export async function startServer(
  config: Config,
  options: StartOptions = {},
): Promise<RunningServer> {
  const logger = options.logger ?? pino({ level: config.logLevel });
  // Before the database is opened, so an unreachable Redis leaves nothing to close.
  const redis = config.redisUrl ? await startRedisExtension(config.redisUrl, logger) : null;
  // PostgreSQL when DATABASE_URL is set, SQLite in DATA_DIR otherwise.
  const stores = await openStores(config, {
    logger,
    checkpoints: options.checkpoints,
    journal: options.journal,
  }).catch(async (error: unknown) => {
    await redis?.onDestroy();
    throw error;
  });
  const { metaStore, documentStore, auditStore, database } = stores;
  const secret = loadOrCreateSecret(config);
  const collab = createCollab({
    secret,
    metaStore,
    documentStore,
    auditStore,
    logger,
    limits: options.limits,
    maskCompaction: options.maskCompaction,
    extensions: redis ? [redis, new SharedLogCatchUp({ documentStore, auditStore, logger })] : [],
    agreementLease: config.redisUrl
      ? new RedisAgreementLease(
          createRedisClient(config.redisUrl, 'concord-agreement-lease', logger),
          `${hostname()}:${process.pid}:${randomUUID()}`,
        )
      : undefined,
  });
  const peaks = new PeaksStore({ dataDir: config.dataDir, logger, ffmpegPath: options.ffmpegPath });
  const app = createHttpApp({ config, metaStore, peaks, documentStore, collab, logger });
  const httpServer = http.createServer(getRequestListener(app.fetch));
  httpServer.on('upgrade', (request, socket, head) => collab.handleUpgrade(request, socket, head));
  const close = stopperFor(httpServer, collab, peaks, stores);
  try {
    // Seed before listening, so nobody can log in to a half-made demo.
    if (config.seedDemo) await seedDemoProject({ config, metaStore, collab, peaks, logger });
    const port = await listen(httpServer, config.host, config.port);
    const url = urlOf(config.host, port);
    logger.info({ url }, 'Concord is listening');
    return {
      port,
      url,
      close,
      metaStore,
      documentStore,
      auditStore,
      database,
      collab,
      peaks,
      logger,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
