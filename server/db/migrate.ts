// Applies the committed migrations with Prisma's own `migrate deploy` (JS schema engine, so
// it works offline), the same command operators would run by hand.
import { runPrisma } from './prisma-cli.ts';
import { ensureDatabaseDir } from './url.ts';

export class MigrationError extends Error {}

export function migrateDatabase(databaseUrl: string): void {
  ensureDatabaseDir(databaseUrl);
  const result = runPrisma(['migrate', 'deploy'], databaseUrl, 'pipe');
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    throw new MigrationError(`Database migration failed (prisma migrate deploy exited ${result.status}):\n${output}`);
  }
}
