import { findRedisServer } from './startRedisServer.ts';

/** Why scale-out tests cannot run here, or null when they can. Under CI=true they must run, so there is no reason. */
export function redisSkipReason(): string | null {
  if (findRedisServer() !== null) return null;
  if (process.env.CI === 'true') return null;
  return 'scale-out tests skipped: redis-server is not installed (apt-get install redis-server, or set REDIS_SERVER_PATH)';
}
