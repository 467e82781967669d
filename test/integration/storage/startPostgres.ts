import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** The superuser initdb creates; trust authentication on loopback, so it needs no password. */
const SUPERUSER = 'concord';
const DEBIAN_INSTALL_ROOT = '/usr/lib/postgresql';

/** A throw-away PostgreSQL cluster owned by one test file. */
export interface TestPostgres {
  port: number;
  /** Creates an empty database with these settings (`ALTER DATABASE … SET`) and returns its URL. */
  createDatabase(name: string, settings?: Record<string, string>): Promise<string>;
  /** Stops the server and deletes the cluster's files; safe to call twice. */
  stop(): Promise<void>;
}

/** Where initdb, pg_ctl and postgres are: POSTGRES_BIN_DIR, Debian's newest version, or PATH. */
export function postgresBinDir(): string | null {
  const candidates: string[] = [];
  if (process.env.POSTGRES_BIN_DIR) candidates.push(process.env.POSTGRES_BIN_DIR);
  const versions = fs.existsSync(DEBIAN_INSTALL_ROOT)
    ? fs.readdirSync(DEBIAN_INSTALL_ROOT).filter((name) => /^\d+$/.test(name))
    : [];
  versions.sort((left, right) => Number(right) - Number(left));
  candidates.push(...versions.map((version) => path.join(DEBIAN_INSTALL_ROOT, version, 'bin')));
  candidates.push(...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean));
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'initdb'))) ?? null;
}

/** Why PostgreSQL tests cannot run here, or null when they can. Under CI=true they must run. */
export function postgresSkipReason(): string | null {
  if (postgresBinDir() !== null || process.env.CI === 'true') return null;
  return 'PostgreSQL tests skipped: initdb not found (apt-get install postgresql, or set POSTGRES_BIN_DIR)';
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** As root the cluster must belong to the `postgres` user: the server refuses to run as root. */
async function clusterOwner(): Promise<{ uid: number; gid: number } | null> {
  if (process.getuid?.() !== 0) return null;
  const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
  const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  return { uid, gid };
}

function describeFailure(error: unknown): string {
  const failed = error as { stderr?: string; message?: string };
  return (failed.stderr?.trim() || failed.message) ?? String(error);
}

/** The command line of a PostgreSQL program, run as the `postgres` user when we are root. */
function programCommand(
  binDir: string,
  asPostgres: boolean,
  program: string,
  args: string[],
): [string, string[]] {
  const executable = path.join(binDir, program);
  return asPostgres
    ? ['runuser', ['-u', 'postgres', '--', executable, ...args]]
    : [executable, args];
}

async function runPostgresProgram(
  binDir: string,
  asPostgres: boolean,
  program: string,
  args: string[],
): Promise<void> {
  const [command, commandArgs] = programCommand(binDir, asPostgres, program, args);
  try {
    await run(command, commandArgs, { timeout: 60_000 });
  } catch (error) {
    throw new Error(`${program} failed: ${describeFailure(error)}`, { cause: error });
  }
}

async function makeClusterDir(owner: { uid: number; gid: number } | null): Promise<string> {
  const clusterDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'concord-pg-'));
  if (owner) await fsp.chown(clusterDir, owner.uid, owner.gid);
  return clusterDir;
}

async function initAndStart(
  binDir: string,
  asPostgres: boolean,
  clusterDir: string,
  port: number,
): Promise<void> {
  const dataDir = path.join(clusterDir, 'data');
  await runPostgresProgram(binDir, asPostgres, 'initdb', [
    ...['-D', dataDir, '-U', SUPERUSER, '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
  ]);
  const serverOptions = [
    `-p ${port}`,
    `-k ${clusterDir}`,
    '-c listen_addresses=127.0.0.1',
    '-c shared_buffers=32MB',
  ].join(' ');
  await runPostgresProgram(binDir, asPostgres, 'pg_ctl', [
    ...['-D', dataDir, '-l', path.join(clusterDir, 'server.log'), '-o', serverOptions],
    ...['-w', '-t', '60', 'start'],
  ]);
}

/** Stops a cluster and removes its folder, now or, failing that, when the test process exits. */
function clusterStopper(
  binDir: string,
  asPostgres: boolean,
  clusterDir: string,
): () => Promise<void> {
  const dataDir = path.join(clusterDir, 'data');
  // A test process that dies without calling stop must not leave a server running.
  const stopOnExit = () => {
    const stopArgs = ['-D', dataDir, '-m', 'immediate', '-w', 'stop'];
    const [command, args] = programCommand(binDir, asPostgres, 'pg_ctl', stopArgs);
    try {
      execFileSync(command, args, { stdio: 'ignore', timeout: 10_000 });
    } finally {
      fs.rmSync(clusterDir, { recursive: true, force: true });
    }
  };
  process.once('exit', stopOnExit);
  let stopping: Promise<void> | null = null;
  return () =>
    (stopping ??= (async () => {
      process.off('exit', stopOnExit);
      if (fs.existsSync(path.join(dataDir, 'postmaster.pid'))) {
        await runPostgresProgram(binDir, asPostgres, 'pg_ctl', [
          ...['-D', dataDir, '-m', 'fast', '-w', 'stop'],
        ]);
      }
      await fsp.rm(clusterDir, { recursive: true, force: true });
    })());
}

async function createDatabase(
  serverUrl: string,
  name: string,
  settings: Record<string, string>,
): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const database = client.escapeIdentifier(name);
    await client.query(`CREATE DATABASE ${database}`);
    for (const [setting, value] of Object.entries(settings)) {
      if (!/^[a-z_]+$/.test(setting))
        throw new Error(`${setting} is not a PostgreSQL setting name`);
      await client.query(
        `ALTER DATABASE ${database} SET ${setting} TO ${client.escapeLiteral(value)}`,
      );
    }
  } finally {
    await client.end();
  }
}

/**
 * Starts a new cluster in a temporary folder on a free loopback port (its socket in that folder).
 * Throws with what to install when PostgreSQL is missing.
 */
export async function startPostgres(): Promise<TestPostgres> {
  const binDir = postgresBinDir();
  if (!binDir) {
    throw new Error(
      'PostgreSQL is required here (CI=true) but initdb was not found: apt-get install postgresql, or set POSTGRES_BIN_DIR',
    );
  }
  const owner = await clusterOwner();
  const clusterDir = await makeClusterDir(owner);
  const port = await freeLoopbackPort();
  const stop = clusterStopper(binDir, owner !== null, clusterDir);
  try {
    await initAndStart(binDir, owner !== null, clusterDir, port);
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  const urlOf = (database: string) => `postgres://${SUPERUSER}@127.0.0.1:${port}/${database}`;
  return {
    port,
    async createDatabase(name, settings = {}) {
      await createDatabase(urlOf('postgres'), name, settings);
      return urlOf(name);
    },
    stop,
  };
}
