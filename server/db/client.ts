import { PrismaLibSQL } from '@prisma/adapter-libsql';
import { PrismaClient } from '@prisma/client';
import { ensureDatabaseDir } from './url.ts';

export type Db = PrismaClient;

export function createDb(databaseUrl: string): Db {
  ensureDatabaseDir(databaseUrl);
  return new PrismaClient({ adapter: new PrismaLibSQL({ url: databaseUrl }) });
}

export async function pingDb(db: Db): Promise<{ status: 'ok' | 'down'; latencyMs: number }> {
  const started = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
    return { status: 'ok', latencyMs: Math.round((performance.now() - started) * 100) / 100 };
  } catch {
    return { status: 'down', latencyMs: Math.round(performance.now() - started) };
  }
}
