import { Redis as RedisClient } from 'ioredis';
import type { Logger } from 'pino';
import { redactRedisUrl } from './redactRedisUrl.ts';

/**
 * A connection to the shared Redis that reports an outage once, when it starts, and once more when
 * the connection is back, instead of once per reconnect attempt.
 */
export function createRedisClient(
  url: string,
  connectionName: string,
  logger: Pick<Logger, 'warn' | 'info'>,
): RedisClient {
  const client = new RedisClient(url, { connectionName });
  const redis = redactRedisUrl(url);
  let down = false;
  client.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn(
      { redis, err: error },
      'lost the connection to Redis; other server processes do not see edits made here until it is back',
    );
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info({ redis }, 'reconnected to Redis');
  });
  return client;
}
