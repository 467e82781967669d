import type { Logger } from 'pino';
import { redactRedisUrl } from './redactRedisUrl.ts';
import { RedisExtension } from './RedisExtension.ts';
import { redisProcessIdentifier } from './redisProcessIdentifier.ts';

const CONNECT_TIMEOUT_MS = 5_000;

/**
 * The Redis extension, connected: a process that cannot reach Redis refuses to start rather than
 * serve documents other processes will never hear about.
 */
export async function startRedisExtension(
  url: string,
  logger: Pick<Logger, 'warn' | 'info'>,
): Promise<RedisExtension> {
  const identifier = redisProcessIdentifier();
  const extension = new RedisExtension({ url, identifier, logger });
  try {
    await extension.ping(CONNECT_TIMEOUT_MS);
  } catch (error) {
    await extension.onDestroy();
    throw new Error(
      `cannot reach Redis at ${redactRedisUrl(url)} (${(error as Error).message}); start it or fix REDIS_URL, or unset REDIS_URL to run a single process`,
      { cause: error },
    );
  }
  logger.info(
    { redis: redactRedisUrl(url), identifier },
    'sharing documents with other server processes through Redis',
  );
  return extension;
}
