import { spawn } from 'node:child_process';
import { once } from 'node:events';
import readline from 'node:readline';

/** A benchmark server running in a child process. */
export interface BenchServer {
  url: string;
  token: string;
  stop(): Promise<void>;
}

/** Starts `concord` or `bare` in its own Node process and waits until it listens. */
export async function spawnBenchServer(kind: 'concord' | 'bare'): Promise<BenchServer> {
  const child = spawn(
    process.execPath,
    [new URL('./benchServerProcess.ts', import.meta.url).pathname, kind],
    {
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
