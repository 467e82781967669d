import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** A private redis-server on loopback, for one test file or benchmark. */
export interface RedisServer {
  url: string;
  port: number;
  /** Stops the server and waits until it is gone. */
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 10_000;
const PORT_ATTEMPTS = 3;

/** redis-server from REDIS_SERVER_PATH or PATH; null when it is not installed. */
export function findRedisServer(): string | null {
  if (process.env.REDIS_SERVER_PATH) return process.env.REDIS_SERVER_PATH;
  for (const folder of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(folder, 'redis-server');
    if (folder && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/** A port nothing listens on right now: bind port 0, read what the OS chose, let it go. */
async function freeLoopbackPort(): Promise<number> {
  const probe = net.createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Resolves once redis-server says it accepts connections; rejects with its output if it exits. */
function readiness(child: ChildProcess, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`redis-server on port ${port} did not start in ${STARTUP_TIMEOUT_MS} ms`));
    }, STARTUP_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes('Ready to accept connections')) return;
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server on port ${port} exited with ${code}: ${output.trim()}`));
    });
  });
}

async function spawnOnPort(executable: string, port: number): Promise<RedisServer> {
  const child = spawn(
    executable,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await readiness(child, port);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Starts redis-server on loopback with nothing saved to disk: on `port` (to restart one that was
 * stopped) or on a free port.
 */
export async function startRedisServer(port?: number): Promise<RedisServer> {
  const executable = findRedisServer();
  if (executable === null) {
    throw new Error(
      'redis-server is not installed: apt-get install redis-server, or set REDIS_SERVER_PATH',
    );
  }
  if (port !== undefined) return spawnOnPort(executable, port);
  let lastError: unknown = null;
  // Another program can take the port between the probe and redis-server binding it.
  for (let attempt = 0; attempt < PORT_ATTEMPTS; attempt += 1) {
    try {
      return await spawnOnPort(executable, await freeLoopbackPort());
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
