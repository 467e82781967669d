import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';

const SECRET_FILE = 'jwt-secret';
const MIN_SECRET_LENGTH = 32;

function readSecret(secretPath: string): string | undefined {
  try {
    return fs.readFileSync(secretPath, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`cannot read the token secret at ${secretPath}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/**
 * The key tokens are signed with: JWT_SECRET when set, otherwise a random secret generated on
 * first start and kept in DATA_DIR/jwt-secret (mode 0600), so logins survive restarts.
 * Every caller gets the same secret, so HTTP and the socket agree without passing it around.
 */
export function loadOrCreateSecret(config: Pick<Config, 'jwtSecret' | 'dataDir'>): string {
  if (config.jwtSecret.length > 0) return config.jwtSecret;
  const secretPath = path.join(config.dataDir, SECRET_FILE);
  const existing = readSecret(secretPath);
  if (existing !== undefined) {
    if (existing.length < MIN_SECRET_LENGTH) {
      throw new Error(
        `the token secret in ${secretPath} is shorter than ${MIN_SECRET_LENGTH} characters; delete the file to generate a new one (everyone will need to log in again)`,
      );
    }
    return existing;
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  try {
    // 'wx' fails if another process created the file first; then its secret wins.
    fs.writeFileSync(secretPath, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateSecret(config);
    throw new Error(`cannot write the token secret to ${secretPath}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
