import { spawn } from 'node:child_process';
import { once } from 'node:events';
import readline from 'node:readline';
import type { Readable } from 'node:stream';

/** The message a bench server answers with its ServerMemory. */
export const MEMORY_QUERY = 'bench:memory';

/** A bench server's memory after full collections. */
export interface ServerMemory {
  rssBytes: number;
  heapUsedBytes: number;
}

/** Which server to start: see benchServerProcess.ts. */
export type BenchServerKind = 'concord' | 'bare' | 'stock';

/** A benchmark server running in a child process. */
export interface BenchServer {
  url: string;
  token: string;
  /** The child's process id, for reading what it costs the OS (/proc/<pid>/io). */
  pid: number;
  /** The SQLite file the server writes (its WAL beside it); null for `bare`. */
  databasePath: string | null;
  /** JSON lines the server printed after it listened (LoadReport for `concord`), in order. */
  reports: unknown[];
  /** The server's memory after full collections, asked over the IPC channel. */
  memory(): Promise<ServerMemory>;
  stop(): Promise<void>;
}

/** Where a `concord` server keeps its data and, optionally, which Redis it shares it through. */
export interface SharedData {
  dataDir: string;
  redisUrl?: string;
}

function environmentFor(shared: SharedData | undefined): NodeJS.ProcessEnv {
  if (!shared) return process.env;
  const env: NodeJS.ProcessEnv = { ...process.env, BENCH_DATA_DIR: shared.dataDir };
  if (shared.redisUrl) env.BENCH_REDIS_URL = shared.redisUrl;
  return env;
}

/**
 * Starts a server in its own Node process and waits until it listens. With `shared`, a `concord`
 * server uses that folder (kept when it stops), and that Redis, as one of several processes.
 * `nodeFlags` go to that Node process.
 */
export async function spawnBenchServer(
  kind: BenchServerKind,
  shared?: SharedData,
  nodeFlags: readonly string[] = [],
): Promise<BenchServer> {
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      ...nodeFlags,
      new URL('./benchServerProcess.ts', import.meta.url).pathname,
      kind,
    ],
    { env: environmentFor(shared), stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
  );
  const lines = readline.createInterface({ input: child.stdout as Readable });
  const [line] = (await once(lines, 'line')) as [string];
  const { url, token, databasePath } = JSON.parse(line) as Pick<
    BenchServer,
    'url' | 'token' | 'databasePath'
  >;
  // Keep reading, so that a full pipe never blocks the server.
  const reports: unknown[] = [];
  lines.on('line', (next) => reports.push(JSON.parse(next)));
  return {
    url,
    token,
    pid: child.pid as number,
    databasePath,
    reports,
    async memory() {
      child.send(MEMORY_QUERY);
      const [answer] = (await once(child, 'message')) as [ServerMemory];
      return answer;
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
