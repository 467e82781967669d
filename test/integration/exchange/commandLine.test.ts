import { once } from 'node:events';
import { runConcord } from '../runConcord.ts';
import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotateItem } from './annotateItem.ts';
import { comparable } from './exchangeHttp.ts';
import type { ExchangeServer, Member } from './startExchangeServer.ts';
import { startExchangeServer } from './startExchangeServer.ts';

let server: ExchangeServer;
let folder: string;

function concord(args: string[], env: Record<string, string> = {}) {
  return runConcord(args, { env });
}

/** A loopback port nothing listens on any more. */
async function closedPort(): Promise<number> {
  const listener = net.createServer().listen(0, '127.0.0.1');
  await once(listener, 'listening');
  const { port } = listener.address() as AddressInfo;
  await new Promise((resolve) => listener.close(resolve));
  return port;
}

function as(member: Member, itemId: string): string[] {
  return [
    '--url',
    server.url,
    '--user',
    member.username,
    '--password',
    member.password,
    '--project',
    server.projectId,
    '--item',
    itemId,
  ];
}

beforeAll(async () => {
  server = await startExchangeServer();
  await annotateItem(server, server.itemId);
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-cli-'));
});

afterAll(async () => {
  await server.close();
  await fs.rm(folder, { recursive: true, force: true });
});

describe('the concord command', () => {
  it('exports an item to a file and imports it into a new item', async () => {
    const file = path.join(folder, 'street.concord.json');
    const exported = await concord(['export', ...as(server.admin, server.itemId), '-o', file]);
    expect(exported).toMatchObject({ code: 0, stdout: '' });
    expect(exported.stderr).toMatch(
      /^exported street\/street-scene \(\d+ bytes\) to .*street\.concord\.json\n$/,
    );

    const imported = await concord(['import', ...as(server.admin, 'cli-copy'), file]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe(
      [
        'imported into street/cli-copy (new item):',
        '  main: 2 tracks (4 keyframes), 0 shapes, 0 masks, 3 segments, 2 transcript blocks, 0 links',
        '',
      ].join('\n'),
    );

    const again = await concord(['export', ...as(server.admin, 'cli-copy')], {});
    expect(again.code).toBe(0);
    expect(comparable(again.stdout)).toEqual(comparable(await fs.readFile(file, 'utf8')));
  });

  it('lists every problem of a refused file and exits with 1', async () => {
    const file = path.join(folder, 'broken.concord.json');
    const exported = await concord(['export', ...as(server.admin, server.itemId), '-o', file]);
    expect(exported.code).toBe(0);
    const json = JSON.parse(await fs.readFile(file, 'utf8'));
    json.layers[0].records[0].keyframes['120'].box.w = -1;
    json.layers[0].records[2].endMs = 'late';
    await fs.writeFile(file, JSON.stringify(json));

    const refused = await concord(['import', ...as(server.admin, 'cli-broken'), file]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      [
        `concord: importing ${file} failed: nothing was imported: 2 problems`,
        '  layers[0].records[0].keyframes["120"].box.w: expected a number ≥ 0, got -1',
        '  layers[0].records[2].endMs: expected a number, got "late"',
        '',
      ].join('\n'),
    );
  });

  it('takes the password from CONCORD_PASSWORD and says when logging in fails', async () => {
    const options = as(server.annotator, server.itemId)
      .slice(0, 4)
      .concat('--project', server.projectId, '--item', server.itemId);
    const fromEnvironment = await concord(['export', ...options], {
      CONCORD_PASSWORD: server.annotator.password,
    });
    expect(fromEnvironment.code).toBe(0);
    const wrong = await concord(['export', ...options], { CONCORD_PASSWORD: 'not-it' });
    expect(wrong).toMatchObject({ code: 3, stdout: '' });
    expect(wrong.stderr).toBe(
      'concord: logging in as ann failed: the username or password is wrong\n',
    );
  });

  it('exits with 2 on a wrong command line or an unreadable file, and 4 when no server answers', async () => {
    const missing = await concord(['export', '--url', server.url]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--user <username>' not specified");
    const noFile = await concord([
      'import',
      ...as(server.admin, 'x'),
      path.join(folder, 'absent.json'),
    ]);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toMatch(/^concord: cannot read .*absent\.json: ENOENT/);
    const nobody = `http://127.0.0.1:${await closedPort()}`;
    const unanswered = await concord([
      'export',
      ...as(server.admin, 'x').map((arg) => (arg === server.url ? nobody : arg)),
    ]);
    expect(unanswered.code).toBe(4);
    expect(unanswered.stderr).toBe(
      `concord: cannot reach the Concord server at ${nobody} (ECONNREFUSED)\n`,
    );
  });
});
