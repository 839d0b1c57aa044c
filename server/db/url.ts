import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const defaultDataDir = path.resolve(import.meta.dirname, '../../data');

export function dataDirFromEnv(env: NodeJS.ProcessEnv): string {
  return path.resolve(env.DATA_DIR ?? defaultDataDir);
}

/** The embedded default is a SQLite file in the data directory. */
export function databaseUrlFromEnv(env: NodeJS.ProcessEnv): string {
  return env.DATABASE_URL ?? `file:${path.join(dataDirFromEnv(env), 'stepwise.db')}`;
}

/** SQLite will not create missing folders for its file. */
export function ensureDatabaseDir(databaseUrl: string): void {
  if (!databaseUrl.startsWith('file:')) return;
  const file = databaseUrl.startsWith('file://') ? fileURLToPath(databaseUrl) : databaseUrl.slice('file:'.length);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}
