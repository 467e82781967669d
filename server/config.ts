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
});

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
    ...overrides,
  };
}
