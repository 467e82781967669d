import type { ServerProcess } from '../collab/startServerProcess.ts';
import { startServerProcess } from '../collab/startServerProcess.ts';
import { collabUrlOf } from '../testServer.ts';
import type { RedisServer } from './startRedisServer.ts';
import { startRedisServer } from './startRedisServer.ts';

/** A redis-server and server processes sharing one DATA_DIR through it. */
export interface Cluster {
  redis: RedisServer;
  processes: ServerProcess[];
  /** Collaboration URL of each process, in the order of `processes`. */
  urls: string[];
  /** SIGKILLs whatever still runs, redis-server last. */
  stop(): Promise<void>;
}

/** Starts redis-server, then `processCount` server processes on `dataDir`, one after the other. */
export async function startCluster(dataDir: string, processCount: number): Promise<Cluster> {
  const redis = await startRedisServer();
  const processes: ServerProcess[] = [];
  const stop = async () => {
    await Promise.all(processes.map((process) => process.kill()));
    await redis.stop();
  };
  try {
    for (let index = 0; index < processCount; index += 1) {
      processes.push(await startServerProcess(dataDir, 20_000, { REDIS_URL: redis.url }));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { redis, processes, urls: processes.map((process) => collabUrlOf(process.port)), stop };
}
