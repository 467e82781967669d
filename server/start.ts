import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadOrCreateSecret } from './auth/loadOrCreateSecret.ts';
import type { Config } from './config.ts';
import { parseConfig } from './config.ts';
import type { RunningServer } from './main.ts';
import { startServer } from './main.ts';
import type { DemoLogin } from './seed/listDemoLogins.ts';
import { listDemoLogins } from './seed/listDemoLogins.ts';

const REPOSITORY_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** What the client bundle is built from; a change to any of them means a rebuild. */
const CLIENT_INPUTS = ['client', 'shared', 'vite.config.ts', 'package.json'];

function newestModifiedMs(inputPath: string): number {
  const stats = fs.statSync(inputPath, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newestMs = stats.mtimeMs;
  for (const entry of fs.readdirSync(inputPath, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    newestMs = Math.max(newestMs, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newestMs;
}

/** Builds the client with Vite when its bundle is missing or older than its sources. */
async function ensureClientBuilt(config: Config): Promise<void> {
  if (!fs.existsSync(path.join(REPOSITORY_ROOT, 'client', 'index.html'))) return;
  const builtIndex = fs.statSync(path.join(config.clientDir, 'index.html'), {
    throwIfNoEntry: false,
  });
  const sourcesMs = Math.max(
    ...CLIENT_INPUTS.map((input) => newestModifiedMs(path.join(REPOSITORY_ROOT, input))),
  );
  if (builtIndex && builtIndex.mtimeMs >= sourcesMs) return;
  console.log(
    builtIndex ? 'Client sources changed; rebuilding the client…' : 'Building the client…',
  );
  try {
    const { build } = await import('vite');
    await build({
      configFile: path.join(REPOSITORY_ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: config.clientDir, emptyOutDir: true },
    });
  } catch (error) {
    console.error(
      `The client could not be built, so the browser will not get the current version:\n${String(error)}`,
    );
  }
}

function printLogins(logins: readonly DemoLogin[]): void {
  if (logins.length === 0) return;
  const width = Math.max(...logins.map((login) => login.username.length));
  console.log(
    `\nDemo logins (password: ${logins[0]?.password}; it is the one set when the demo was first created):`,
  );
  for (const login of logins) {
    console.log(`  ${login.username.padEnd(width)}  ${login.role.padEnd(9)}  ${login.name}`);
  }
}

function readConfig(): Config {
  try {
    const config = parseConfig(process.env);
    return { ...config, jwtSecret: loadOrCreateSecret(config) };
  } catch (error) {
    console.error(`Concord cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
}

let server: RunningServer | undefined;
let starting = false;
let stopRequested = false;

async function shutDown(): Promise<void> {
  try {
    await server?.close();
    process.exit(0);
  } catch (error) {
    console.error(`Concord did not stop cleanly: ${(error as Error).message}`);
    process.exit(1);
  }
}

function onSignal(signal: NodeJS.Signals): void {
  if (stopRequested) {
    console.error(`${signal} again: exiting without waiting for the shutdown to finish`);
    process.exit(1);
  }
  stopRequested = true;
  console.log(`\n${signal}: saving everything and stopping…`);
  // A server still starting has its database open: it is shut down as soon as it is up.
  if (!starting) void shutDown();
}
process.on('SIGTERM', onSignal);
process.on('SIGINT', onSignal);

const config = readConfig();
await ensureClientBuilt(config);
starting = true;
try {
  server = await startServer(config);
} catch (error) {
  console.error(`Concord cannot start: ${(error as Error).message}`);
  process.exit(1);
}
starting = false;
if (stopRequested) await shutDown();

console.log(`\nConcord is running at ${server.url}/`);
if (config.seedDemo) printLogins(await listDemoLogins(config, server.metaStore));
console.log('\nPress Ctrl+C to stop.');
