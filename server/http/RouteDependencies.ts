import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { PeaksStore } from '../media/peaks/PeaksStore.ts';
import type { MetaStore } from '../storage/MetaStore.ts';
import type { HttpEnv } from './HttpEnv.ts';

/** What every route group is built from. */
export interface RouteDependencies {
  config: Config;
  /** The key tokens are signed and checked with. */
  secret: string;
  metaStore: MetaStore;
  /** Waveform peaks of each media, computed once. */
  peaks: PeaksStore;
  logger: Logger;
  /** Refuses requests without a valid token with 401; sets `user` on the context otherwise. */
  requireUser: MiddlewareHandler<HttpEnv>;
  /** Applies role and assignment changes to open collaboration connections; resolves once done. */
  recheckAccess(): Promise<void>;
}
