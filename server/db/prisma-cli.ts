// Runs the Prisma CLI offline. Prisma 6.19's CLI tries to download native engines unless
// these variables point at an existing file; with `engine: "js"` in prisma.config.ts it
// never uses them, so any file will do.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');

export function runPrisma(args: string[], databaseUrl: string, stdio: 'inherit' | 'pipe' = 'inherit') {
  const cli = createRequire(import.meta.url).resolve('prisma/build/index.js');
  return spawnSync(process.execPath, [cli, ...args], {
    cwd: repoRoot,
    stdio,
    encoding: 'utf8',
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
      DATABASE_URL: databaseUrl,
    },
  });
}
