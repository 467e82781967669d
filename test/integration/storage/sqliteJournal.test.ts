import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { journalDirectoryOf } from '../../../server/storage/openDatabase.ts';
import type { OpenedStores } from '../../../server/storage/openStores.ts';
import { openSqliteStores } from '../../../server/storage/sqlite/openSqliteStores.ts';
import { UpdateJournal } from '../../../server/storage/sqlite/UpdateJournal.ts';
import { LogCapture } from '../hostile/LogCapture.ts';
import { recordEdits } from './recordEdits.ts';

const DOCUMENT = 'street/clip-1/main';
const APPEND_THEN_DIE = fileURLToPath(new URL('../fixtures/appendThenDie.ts', import.meta.url));

let opened: OpenedStores[] = [];
let dataDirs: string[] = [];

afterEach(async () => {
  for (const stores of opened) {
    stores.documentStore.close();
    await stores.close();
  }
  for (const dataDir of dataDirs) await fs.rm(dataDir, { recursive: true, force: true });
  opened = [];
  dataDirs = [];
});

async function makeDataDir(): Promise<string> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-journal-'));
  dataDirs.push(dataDir);
  return dataDir;
}

async function open(
  dataDir: string,
  options: Partial<Parameters<typeof openSqliteStores>[2]> = {},
): Promise<OpenedStores> {
  const stores = await openSqliteStores(dataDir, 'normal', {
    logger: new LogCapture('info').logger,
    ...options,
  });
  opened.push(stores);
  return stores;
}

function storedRowCount(stores: OpenedStores): number {
  const row = stores.database?.prepare('SELECT COUNT(*) AS rows FROM document_updates').get();
  return Number(row?.rows);
}

/** Runs a process that appends `count` updates and is SIGKILLed; returns the seqs it was given. */
async function appendThenDie(dataDir: string, count: number): Promise<number[]> {
  const child = spawn(process.execPath, [APPEND_THEN_DIE], {
    env: { ...process.env, DATA_DIR: dataDir, UPDATE_COUNT: String(count) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let printed = '';
  child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const [, signal] = (await once(child, 'exit')) as [number | null, string | null];
  expect(signal).toBe('SIGKILL');
  const acknowledged = JSON.parse(printed) as number[];
  expect(acknowledged).toHaveLength(count);
  return acknowledged;
}

const origin = { userId: 'ada', connectionId: 'socket-ada', clientIds: [7], receivedAtMs: 1000 };

describe('the SQLite update journal', () => {
  it('keeps every acknowledged update of a process killed before they reached the database', async () => {
    const dataDir = await makeDataDir();
    const acknowledged = await appendThenDie(dataDir, 40);

    const stores = await open(dataDir);
    const log = await stores.documentStore.readLog('p/a/i/b/main');
    expect(log.map((entry) => entry.seq)).toEqual(acknowledged);
    expect(storedRowCount(stores)).toBe(40);
    expect(log[0]).toMatchObject({ userId: 'ada', connectionId: 'socket-ada' });
    const left = await fs.readdir(journalDirectoryOf(dataDir));
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(new RegExp(`^${process.pid}-`));
  });

  it('moves the journal of a killed process into the database when the next start shares the data through Redis', async () => {
    const dataDir = await makeDataDir();
    const acknowledged = await appendThenDie(dataDir, 5);

    const stores = await open(dataDir, { sharedWithOtherProcesses: true });
    const log = await stores.documentStore.readLog('p/a/i/b/main');
    expect(log.map((entry) => entry.seq)).toEqual(acknowledged);
    expect(await fs.readdir(journalDirectoryOf(dataDir))).toEqual([]);
  });

  it('drops only a record cut short at the end of a journal, and says so', async () => {
    const dataDir = await makeDataDir();
    const { updates } = recordEdits(3);
    const journal = UpdateJournal.create(journalDirectoryOf(dataDir), false);
    updates.forEach((update, index) => {
      journal.append({ ...origin, seq: index + 1, documentName: DOCUMENT, update });
    });
    const complete = await fs.readFile(journal.path);
    // The crash cut the fourth record after a few bytes.
    const torn = UpdateJournal.create(path.join(dataDir, 'scratch'), false);
    torn.append({ ...origin, seq: 4, documentName: DOCUMENT, update: updates[0] as Uint8Array });
    await fs.appendFile(journal.path, (await fs.readFile(torn.path)).subarray(0, 11));
    torn.remove();
    expect((await fs.stat(journal.path)).size).toBe(complete.byteLength + 11);

    const log = new LogCapture('info');
    const stores = await open(dataDir, { logger: log.logger });
    const stored = await stores.documentStore.readLog(DOCUMENT);
    expect(stored.map((entry) => entry.update)).toEqual(updates);
    const warning = log.lines.find((line) => String(line.msg).includes('cut short'));
    expect(warning).toMatchObject({ journal: journal.path, unreadableBytes: 11 });
    await expect(fs.stat(journal.path)).rejects.toThrow(/ENOENT/);
    journal.remove();
  });

  it('refuses to open data another running process is journalling', async () => {
    const dataDir = await makeDataDir();
    await open(dataDir);
    await expect(open(dataDir)).rejects.toThrow(/being written by process \d+ .* REDIS_URL/);

    const otherDir = await makeDataDir();
    await fs.mkdir(journalDirectoryOf(otherDir), { recursive: true });
    // The test runner's parent is a running process that is not this one.
    await fs.writeFile(path.join(journalDirectoryOf(otherDir), `${process.ppid}-x.journal`), '');
    await expect(open(otherDir)).rejects.toThrow(
      new RegExp(`being written by process ${process.ppid}`),
    );
  });

  it('moves waiting updates into the database in batches and serves them before they move', async () => {
    const dataDir = await makeDataDir();
    const stores = await open(dataDir, { journal: { moveAfterEntries: 5, moveAfterMs: 60_000 } });
    const { documentStore } = stores;
    const { updates } = recordEdits(5);
    for (const update of updates.slice(0, 4)) {
      await documentStore.appendUpdate(DOCUMENT, update, origin);
    }
    expect(storedRowCount(stores)).toBe(0);
    expect((await documentStore.readLog(DOCUMENT)).map((entry) => entry.update)).toEqual(
      updates.slice(0, 4),
    );
    expect((await documentStore.stats(DOCUMENT)).logEntries).toBe(4);
    expect(await documentStore.listDocumentNames()).toEqual([DOCUMENT]);

    await documentStore.appendUpdate(DOCUMENT, updates[4] as Uint8Array, origin);
    await new Promise((resolve) => setImmediate(resolve));
    expect(storedRowCount(stores)).toBe(5);
    expect((await documentStore.readLog(DOCUMENT)).map((entry) => entry.update)).toEqual(updates);
  });

  it('commits each update on its own when other processes share the database', async () => {
    const dataDir = await makeDataDir();
    const stores = await open(dataDir, { sharedWithOtherProcesses: true });
    await stores.documentStore.appendUpdate(
      DOCUMENT,
      recordEdits(1).updates[0] as Uint8Array,
      origin,
    );
    expect(storedRowCount(stores)).toBe(1);
    await expect(fs.readdir(journalDirectoryOf(dataDir))).rejects.toThrow(/ENOENT/);
  });
});
