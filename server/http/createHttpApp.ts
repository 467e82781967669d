import { Hono } from 'hono';
import type { Logger } from 'pino';
import type * as Y from 'yjs';
import { loadOrCreateSecret } from '../auth/loadOrCreateSecret.ts';
import type { ServerWriteOptions } from '../collab/applyServerWrite.ts';
import type { Config } from '../config.ts';
import type { PeaksStore } from '../media/peaks/PeaksStore.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { MetaStore } from '../storage/MetaStore.ts';
import { clientConfigRoutes } from './clientConfigRoutes.ts';
import { assignmentRoutes } from './assignmentRoutes.ts';
import { errorResponse } from './errorResponse.ts';
import { calibrationRoutes } from './calibrationRoutes.ts';
import { exchangeRoutes } from './exchangeRoutes.ts';
import { historyRoutes } from './historyRoutes.ts';
import { honeypotRoutes } from './honeypotRoutes.ts';
import type { HttpEnv } from './HttpEnv.ts';
import { imageFrameRoutes } from './imageFrameRoutes.ts';
import { itemRoutes } from './itemRoutes.ts';
import { joinRoutes } from './joinRoutes.ts';
import { loginRoutes } from './loginRoutes.ts';
import { mediaRoutes } from './mediaRoutes.ts';
import { memberRoutes } from './memberRoutes.ts';
import { peaksRoutes } from './peaksRoutes.ts';
import { projectRoutes } from './projectRoutes.ts';
import { queueRoutes } from './queueRoutes.ts';
import { createRequireUser } from './requireUser.ts';
import type { RouteDependencies } from './RouteDependencies.ts';
import { staticClient } from './staticClient.ts';
import { uploadRoutes } from './uploadRoutes.ts';

/** What the HTTP app is composed from; main.ts hands over the same stores the socket uses. */
export interface HttpAppDependencies {
  config: Config;
  metaStore: MetaStore;
  /** Waveform peaks of each media; the caller closes it after the server. */
  peaks: PeaksStore;
  /** Document contents, for routes that read layers (history, export). */
  documentStore?: DocumentStore;
  /** Server-side document writes, for routes that change layers (restore, import). */
  collab?: {
    serverWrite(
      documentName: string,
      write: (doc: Y.Doc) => void,
      options?: ServerWriteOptions,
    ): Promise<void>;
    /** Applies role and assignment changes to open connections now. */
    recheckAccess?(): Promise<void>;
  };
  logger: Logger;
}

/**
 * The REST API, media with range requests, /healthz and the built client on one Hono app.
 * Serve `app.fetch` on the same port as the collaboration socket.
 */
export function createHttpApp(dependencies: HttpAppDependencies): Hono<HttpEnv> {
  const { config, metaStore, peaks, logger, documentStore, collab } = dependencies;
  const secret = loadOrCreateSecret(config);
  const routeDependencies: RouteDependencies = {
    config,
    secret,
    metaStore,
    peaks,
    logger,
    requireUser: createRequireUser({ secret, metaStore }),
    recheckAccess: () => collab?.recheckAccess?.() ?? Promise.resolve(),
  };
  const app = new Hono<HttpEnv>();

  app.use(async (c, next) => {
    const startedAtMs = performance.now();
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    const durationMs = Math.round(performance.now() - startedAtMs);
    logger.debug(
      { method: c.req.method, path: c.req.path, status: c.res.status, durationMs },
      'http',
    );
  });

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.route('/', clientConfigRoutes(routeDependencies));
  app.route('/', loginRoutes(routeDependencies));
  app.route('/', projectRoutes(routeDependencies));
  app.route('/', itemRoutes({ ...routeDependencies, documentStore }));
  app.route('/', memberRoutes(routeDependencies));
  app.route('/', assignmentRoutes(routeDependencies));
  app.route('/', queueRoutes({ ...routeDependencies, documentStore }));
  app.route('/', uploadRoutes(routeDependencies));
  app.route('/', mediaRoutes(routeDependencies));
  app.route('/', imageFrameRoutes(routeDependencies));
  app.route('/', peaksRoutes(routeDependencies));
  if (documentStore && collab) {
    app.route('/', historyRoutes({ ...routeDependencies, documentStore, collab }));
    app.route('/', exchangeRoutes({ ...routeDependencies, documentStore, collab }));
    app.route('/', calibrationRoutes({ ...routeDependencies, documentStore, collab }));
    app.route('/', joinRoutes(routeDependencies));
    app.route('/', honeypotRoutes({ ...routeDependencies, documentStore, collab }));
  }
  app.get('*', staticClient(config.clientDir));

  app.notFound((c) =>
    errorResponse(c, 404, 'not_found', `nothing is served at ${c.req.method} ${c.req.path}`),
  );
  app.onError((error, c) => {
    logger.error({ err: error, method: c.req.method, path: c.req.path }, 'request failed');
    return errorResponse(
      c,
      500,
      'internal_error',
      'the server failed to handle this request; the error has been logged',
    );
  });
  return app;
}
