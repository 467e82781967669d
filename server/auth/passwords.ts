import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt cost parameters; stored with every hash so they can be raised later without breaking logins. */
interface ScryptParameters {
  logCost: number;
  blockSize: number;
  parallelism: number;
}

const CURRENT: ScryptParameters = { logCost: 15, blockSize: 8, parallelism: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 32;
const MAX_LOG_COST = 20;
const PREFIX = '$scrypt$';

function deriveKey(
  password: string,
  salt: Buffer,
  parameters: ScryptParameters,
  keyBytes: number,
): Promise<Buffer> {
  const cost = 2 ** parameters.logCost;
  const options = {
    N: cost,
    r: parameters.blockSize,
    p: parameters.parallelism,
    // scrypt needs 128 * N * r bytes; Node's default ceiling (32 MiB) is exactly the N=2^15 need.
    maxmem: 256 * cost * parameters.blockSize,
  };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyBytes, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** Hashes a password as `$scrypt$ln=15,r=8,p=1$<salt>$<key>` (base64), with a fresh random salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(password, salt, CURRENT, KEY_BYTES);
  const { logCost, blockSize, parallelism } = CURRENT;
  return `${PREFIX}ln=${logCost},r=${blockSize},p=${parallelism}$${salt.toString('base64')}$${key.toString('base64')}`;
}

interface DecodedHash {
  parameters: ScryptParameters;
  salt: Buffer;
  key: Buffer;
}

function decodeHash(encoded: string): DecodedHash | undefined {
  if (!encoded.startsWith(PREFIX)) return undefined;
  const [parameterText, saltText, keyText] = encoded.slice(PREFIX.length).split('$');
  const match = /^ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})$/.exec(parameterText ?? '');
  if (!match || saltText === undefined || keyText === undefined) return undefined;
  const parameters = {
    logCost: Number(match[1]),
    blockSize: Number(match[2]),
    parallelism: Number(match[3]),
  };
  if (parameters.logCost < 1 || parameters.logCost > MAX_LOG_COST) return undefined;
  if (parameters.blockSize < 1 || parameters.parallelism < 1) return undefined;
  const key = Buffer.from(keyText, 'base64');
  if (key.length < 16) return undefined;
  return { parameters, salt: Buffer.from(saltText, 'base64'), key };
}

/** Checks a password against a stored hash in constant time; a malformed hash never matches. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const decoded = decodeHash(encoded);
  if (!decoded) return false;
  const candidate = await deriveKey(password, decoded.salt, decoded.parameters, decoded.key.length);
  return timingSafeEqual(candidate, decoded.key);
}

let decoyHash: Promise<string> | undefined;

/**
 * A hash of a random password, checked when a username is unknown so that a wrong username
 * takes as long to refuse as a wrong password.
 */
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString('base64'));
  return decoyHash;
}
