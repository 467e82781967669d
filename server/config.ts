import path from 'node:path';
import { z } from 'zod';

/** Server settings, parsed from the environment once at start. */
export interface Config {
  host: string;
  port: number;
  dataDir: string;
  jwtSecret: string;
  /** Token lifetime in seconds. */
  tokenTtlSeconds: number;
  /** Largest media upload accepted, in bytes. */
  maxUploadBytes: number;
  /** `full` survives power loss; `normal` survives a killed process. */
  sqliteSynchronous: 'normal' | 'full';
  /** Where the built client lives; served as static files when present. */
  clientDir: string;
  /** Seed the demo project on first start. */
  seedDemo: boolean;
  /** Password of the seeded demo users (DEMO_PASSWORD); `concord-demo` when unset. */
  demoPassword?: string;
  logLevel: string;
  /** Redis shared by every process serving this data (REDIS_URL); null runs this process alone. */
  redisUrl: string | null;
  /** Origins of every process serving this data (SERVER_URLS); clients switch between them when one is lost. */
  serverUrls: string[];
  /** PostgreSQL holding users, projects and documents (DATABASE_URL); null keeps them in SQLite in DATA_DIR. */
  databaseUrl: string | null;
}

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  DATA_DIR: z.string().min(1).default('./data'),
  JWT_SECRET: z.string().min(16, 'JWT_SECRET must be at least 16 characters').optional(),
  TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(12 * 3600),
  MAX_UPLOAD_MB: z.coerce.number().positive().default(500),
  SQLITE_SYNCHRONOUS: z.enum(['normal', 'full']).default('normal'),
  CLIENT_DIR: z.string().default('./dist/client'),
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
  DEMO_PASSWORD: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  REDIS_URL: z
    .url({
      protocol: /^rediss?$/,
      error: 'REDIS_URL must be a redis:// or rediss:// URL, like redis://127.0.0.1:6379',
    })
    .optional(),
  SERVER_URLS: z.string().default('').transform(parseServerOrigins),
  DATABASE_URL: z
    .url({
      protocol: /^postgres(ql)?$/,
      error:
        'DATABASE_URL must be a postgres:// or postgresql:// URL, like postgres://concord:secret@127.0.0.1:5432/concord',
    })
    .optional(),
});

/** `https://a.example.com, https://b.example.com` → their origins; one bad entry fails the start. */
function parseServerOrigins(text: string, context: z.RefinementCtx): string[] {
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  const origins: string[] = [];
  for (const entry of entries) {
    const url = URL.parse(entry);
    if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search) {
      context.addIssue({
        code: 'custom',
        message: `${entry} is not a server origin; list each process like https://concord-2.example.com, separated by commas`,
      });
      return [];
    }
    origins.push(url.origin);
  }
  return [...new Set(origins)];
}

/** Parses settings; a bad value stops the start with the variable named. */
export function parseConfig(
  env: Record<string, string | undefined>,
  overrides: Partial<Config> = {},
): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `configuration: ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const values = parsed.data;
  return {
    host: values.HOST,
    port: values.PORT,
    dataDir: path.resolve(values.DATA_DIR),
    // Without JWT_SECRET a secret is generated once and kept in DATA_DIR (see loadOrCreateSecret).
    jwtSecret: values.JWT_SECRET ?? '',
    tokenTtlSeconds: values.TOKEN_TTL_SECONDS,
    maxUploadBytes: Math.floor(values.MAX_UPLOAD_MB * 1024 * 1024),
    sqliteSynchronous: values.SQLITE_SYNCHRONOUS,
    clientDir: path.resolve(values.CLIENT_DIR),
    seedDemo: values.SEED_DEMO === 'true',
    demoPassword: values.DEMO_PASSWORD,
    logLevel: values.LOG_LEVEL,
    redisUrl: values.REDIS_URL ?? null,
    serverUrls: values.SERVER_URLS,
    databaseUrl: values.DATABASE_URL ?? null,
    ...overrides,
  };
}
