// Environment validated once, at start. Everything else receives a typed Config and never
// reads process.env, so tests build configs directly.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { dataDirFromEnv, databaseUrlFromEnv } from './db/url.ts';

const MIN_SECRET_LENGTH = 32;
const intFromEnv = (min: number, max: number) =>
  z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
const listFromEnv = z
  .string()
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: intFromEnv(0, 65_535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATA_DIR: z.string().min(1).optional(),
    DATABASE_URL: z.string().regex(/^(file:|libsql:|https?:)/, 'must start with file:, libsql: or http(s):').optional(),
    JWT_SECRET: z.string().min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters`).optional(),
    ACCESS_TOKEN_TTL_SECONDS: intFromEnv(30, 86_400).default(900),
    REFRESH_TOKEN_TTL_DAYS: intFromEnv(1, 365).default(30),
    BCRYPT_COST: intFromEnv(4, 15).default(12),
    CORS_ORIGINS: listFromEnv.default([]),
    // Number of reverse proxies in front of the app; `true` would let any client pick its IP.
    TRUST_PROXY: intFromEnv(0, 10).default(0),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    JSON_BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/, 'must look like 256kb').default('256kb'),
    AUTH_RATE_LIMIT_WINDOW_SECONDS: intFromEnv(1, 86_400).default(900),
    AUTH_RATE_LIMIT_PER_IP: intFromEnv(1, 100_000).default(30),
    AUTH_RATE_LIMIT_PER_ACCOUNT: intFromEnv(1, 100_000).default(10),
  });

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string;
  /** Undefined only outside production before `withJwtSecret` fills it in. */
  jwtSecret: string | undefined;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  bcryptCost: number;
  corsOrigins: string[];
  trustProxy: number;
  logLevel: string;
  jsonBodyLimit: string;
  authRateLimit: { windowSeconds: number; perIp: number; perAccount: number };
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid environment:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

// Checked on the raw environment so they are reported together with any other bad field.
function productionProblems(env: NodeJS.ProcessEnv): string[] {
  if (env.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  if (!env.JWT_SECRET) problems.push(`JWT_SECRET: is required in production (at least ${MIN_SECRET_LENGTH} random characters)`);
  if (env.BCRYPT_COST !== undefined && Number(env.BCRYPT_COST) < 12) problems.push('BCRYPT_COST: must be at least 12 in production');
  return problems;
}

/** Validates the environment, listing every bad variable at once. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  problems.push(...productionProblems(env));
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: dataDirFromEnv(env),
    databaseUrl: databaseUrlFromEnv(env),
    jwtSecret: e.JWT_SECRET,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    bcryptCost: e.BCRYPT_COST,
    corsOrigins: e.CORS_ORIGINS,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    jsonBodyLimit: e.JSON_BODY_LIMIT,
    authRateLimit: {
      windowSeconds: e.AUTH_RATE_LIMIT_WINDOW_SECONDS,
      perIp: e.AUTH_RATE_LIMIT_PER_IP,
      perAccount: e.AUTH_RATE_LIMIT_PER_ACCOUNT,
    },
  };
}

/**
 * Outside production a missing secret is generated once and kept under the data directory,
 * so tokens survive restarts without anyone having to configure anything.
 */
export function withJwtSecret(config: Config): Config & { jwtSecret: string } {
  if (config.jwtSecret !== undefined) return { ...config, jwtSecret: config.jwtSecret };
  if (config.env === 'production') throw new ConfigError(['JWT_SECRET: is required in production']);
  const file = path.join(config.dataDir, 'jwt-secret');
  try {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= MIN_SECRET_LENGTH) return { ...config, jwtSecret: stored };
  } catch {
    // Not there yet: generate below.
  }
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return { ...config, jwtSecret: secret };
}

export type ReadyConfig = Config & { jwtSecret: string };
