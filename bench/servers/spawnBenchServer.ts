import { spawn } from 'node:child_process';
import { once } from 'node:events';
import readline from 'node:readline';

/** A benchmark server running in a child process. */
export interface BenchServer {
  url: string;
  token: string;
  stop(): Promise<void>;
}

/** Where a `concord` server keeps its data and which Redis it shares it through. */
export interface SharedData {
  dataDir: string;
  redisUrl: string;
}

/**
 * Starts `concord` or `bare` in its own Node process and waits until it listens. With `shared`,
 * a `concord` server uses that folder and Redis, as one of several processes serving the same data.
 */
export async function spawnBenchServer(
  kind: 'concord' | 'bare',
  shared?: SharedData,
): Promise<BenchServer> {
  const env = shared
    ? { ...process.env, BENCH_DATA_DIR: shared.dataDir, BENCH_REDIS_URL: shared.redisUrl }
    : process.env;
  const child = spawn(
    process.execPath,
    [new URL('./benchServerProcess.ts', import.meta.url).pathname, kind],
    {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = readline.createInterface({ input: child.stdout });
  const [line] = (await once(lines, 'line')) as [string];
  lines.close();
  const { url, token } = JSON.parse(line) as { url: string; token: string };
  return {
    url,
    token,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
