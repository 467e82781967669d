import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOrCreateSecret } from '../../../server/auth/loadOrCreateSecret.ts';

let dataDir: string;

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-secret-'));
});

afterEach(() => fs.rm(dataDir, { recursive: true, force: true }));

describe('the token secret', () => {
  it('is generated once into DATA_DIR/jwt-secret, readable only by its owner, and reused', async () => {
    const first = loadOrCreateSecret({ jwtSecret: '', dataDir });
    const second = loadOrCreateSecret({ jwtSecret: '', dataDir });
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(second).toBe(first);
    const stats = await fs.stat(path.join(dataDir, 'jwt-secret'));
    expect(stats.mode & 0o777).toBe(0o600);
  });

  it('is JWT_SECRET when set, and then no file is written', async () => {
    expect(loadOrCreateSecret({ jwtSecret: 'configured-secret-0123456789', dataDir })).toBe(
      'configured-secret-0123456789',
    );
    expect(await fs.readdir(dataDir)).toEqual([]);
  });

  it('refuses a secret file that is too short, saying how to recover', async () => {
    await fs.writeFile(path.join(dataDir, 'jwt-secret'), 'short\n');
    expect(() => loadOrCreateSecret({ jwtSecret: '', dataDir })).toThrow(
      /shorter than 32 characters; delete the file to generate a new one/,
    );
  });
});
