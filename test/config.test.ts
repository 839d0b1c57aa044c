import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, withJwtSecret } from '../server/config.ts';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('environment', () => {
  it('has working defaults for development', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ env: 'development', port: 3000, bcryptCost: 12, corsOrigins: [], trustProxy: 0 });
    expect(config.databaseUrl).toMatch(/^file:.*data\/stepwise\.db$/);
  });

  it('DATA_DIR moves the database and PORT the listener', () => {
    const config = loadConfig({ DATA_DIR: '/srv/stepwise', PORT: '8080' });
    expect(config.databaseUrl).toBe('file:/srv/stepwise/stepwise.db');
    expect(config.port).toBe(8080);
  });

  it('in production, a missing JWT secret is named', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual(['JWT_SECRET: is required in production (at least 32 random characters)']);
  });

  it('in production, a short secret and a cheap bcrypt cost are named, all at once with other bad fields', () => {
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'short', BCRYPT_COST: '10', PORT: 'eighty' })).toEqual([
      'PORT: must be a whole number',
      'JWT_SECRET: must be at least 32 characters',
      'BCRYPT_COST: must be at least 12 in production',
    ]);
  });

  it('outside production, generates a secret once and keeps it under the data directory', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'stepwise-config-'));
    try {
      const first = withJwtSecret(loadConfig({ DATA_DIR: dir })).jwtSecret;
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(withJwtSecret(loadConfig({ DATA_DIR: dir })).jwtSecret).toBe(first);
      expect(readFileSync(path.join(dir, 'jwt-secret'), 'utf8').trim()).toBe(first);
      expect(statSync(path.join(dir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the server refuses to start in production without a secret and says which variable', () => {
    const result = spawnSync(process.execPath, [path.resolve(import.meta.dirname, '../server/main.ts')], {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', DATA_DIR: os.tmpdir() },
      encoding: 'utf8',
    });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain('JWT_SECRET: is required in production');
  });

  it('the server refuses to start with a broken adaptive-params.json and names the field', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'stepwise-params-'));
    writeFileSync(path.join(dir, 'adaptive-params.json'), JSON.stringify({ learn: 'fast' }));
    try {
      const result = spawnSync(process.execPath, [path.resolve(import.meta.dirname, '../server/main.ts')], {
        env: { PATH: process.env.PATH, NODE_ENV: 'development', DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent' },
        encoding: 'utf8', timeout: 60_000,
      });
      expect(result.status).toBe(78);
      expect(result.stderr).toContain(`${path.join(dir, 'adaptive-params.json')} is invalid`);
      expect(result.stderr).toContain('learn:');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
