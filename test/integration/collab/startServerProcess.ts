import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { TEST_SECRET } from '../testServer.ts';

const ENTRY = fileURLToPath(new URL('../fixtures/collabServerProcess.ts', import.meta.url));

/** A server running in a child process, so the test can SIGKILL it. */
export interface ServerProcess {
  child: ChildProcess;
  port: number;
  /** Kills the process with SIGKILL and waits until it is gone. */
  kill(): Promise<void>;
}

/**
 * Starts the server entry in a child process on `dataDir` and waits for it to print its port.
 * `env` adds settings, such as REDIS_URL.
 */
export async function startServerProcess(
  dataDir: string,
  timeoutMs = 20_000,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [ENTRY], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      JWT_SECRET: TEST_SECRET,
      LOG_LEVEL: 'silent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server process did not start in ${timeoutMs} ms: ${stderr}`)),
      timeoutMs,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((candidate) => candidate.startsWith('{'));
      if (!line) return;
      clearTimeout(timer);
      resolve((JSON.parse(line) as { port: number }).port);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server process exited with ${code} before listening: ${stderr}`));
    });
  });
  return {
    child,
    port,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
  };
}
