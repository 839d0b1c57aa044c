import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

export const LEARNER_ROLE = 'stepwise_learner';

/**
 * Run once as the superuser. The learner role owns only its grading schema; everything a
 * non-superuser could use to run a role change from inside a statement is revoked:
 * set_config() directly, and through functions or DO blocks the languages they need.
 */
const SETUP_SQL = `
  CREATE ROLE ${LEARNER_ROLE} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS;
  REVOKE ALL ON SCHEMA public FROM PUBLIC;
  REVOKE TEMPORARY ON DATABASE postgres FROM PUBLIC;
  REVOKE EXECUTE ON FUNCTION pg_catalog.set_config(text, text, boolean) FROM PUBLIC;
  REVOKE USAGE ON LANGUAGE plpgsql FROM PUBLIC;
  REVOKE USAGE ON LANGUAGE sql FROM PUBLIC;
`;

// node-postgres returns int8 as a string (it can exceed 2^53); PGlite would give a number or bigint.
const parsers = { 20: (text: string) => text };

// Grading databases hold a few rows each: PostgreSQL's default 128 MB of shared buffers
// only made the worker's WebAssembly memory (and RSS) ~110 MB larger.
const postgresqlconf = ['shared_buffers=16MB', 'max_connections=4', 'wal_buffers=256kB', 'temp_buffers=1MB', 'maintenance_work_mem=8MB'];

let instance: Promise<PGlite> | undefined;
let lease: Promise<void> = Promise.resolve();

/** This process's PGlite, booted on first use and kept. */
export function engine(): Promise<PGlite> {
  instance ??= boot().catch((error: unknown) => {
    instance = undefined;
    throw error;
  });
  return instance;
}

/**
 * Drops the instance after a failed clean-up, so the next grading gets a fresh one rather
 * than leftovers.
 */
export async function discardEngine(): Promise<void> {
  const current = instance;
  instance = undefined;
  await current?.then((db) => db.close()).catch(() => undefined);
}

/**
 * Gradings take the database one at a time: session state (role, search_path, an open
 * transaction) belongs to whoever holds it. Resolves with the release function.
 */
export function acquire(): Promise<() => void> {
  let release!: () => void;
  const previous = lease;
  lease = new Promise((resolve) => (release = resolve));
  return previous.then(() => release);
}

/**
 * initdb costs seconds; a data directory dumped after setup boots in a fraction of that,
 * so the first worker process leaves one in the temp dir for the others.
 */
async function boot(): Promise<PGlite> {
  const cacheFile = await dataDirCacheFile();
  const cached = await readFile(cacheFile).catch(() => undefined);
  if (cached) {
    try {
      const db = new PGlite({ loadDataDir: new Blob([cached]), parsers, postgresqlconf });
      await db.waitReady;
      const role = await db.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [LEARNER_ROLE]);
      if (role.rows.length === 1) return db;
      await db.close();
    } catch {
      // A torn or stale cache file: build a fresh one below.
    }
  }
  const db = new PGlite({ parsers, postgresqlconf });
  await db.waitReady;
  await db.exec(SETUP_SQL);
  const dump = await db.dumpDataDir('none');
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  // Rename is atomic, so a concurrent reader sees the whole file or none.
  await writeFile(temporary, new Uint8Array(await dump.arrayBuffer()))
    .then(() => rename(temporary, cacheFile))
    .catch(() => undefined);
  return db;
}

async function dataDirCacheFile(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = await readFile(path.join(path.dirname(entry), '..', 'package.json'), 'utf8').catch(() => '');
  const key = createHash('sha256').update(manifest).update(SETUP_SQL).digest('hex').slice(0, 16);
  return path.join(os.tmpdir(), `stepwise-pglite-${key}.tar`);
}
