import { openGradingDatabase } from './database.ts';

/**
 * Boots this process's PGlite and runs one empty grading through it, so the first real
 * grading pays neither the boot nor cold catalog caches. Call before serveJobs().
 */
export async function warmUp(): Promise<void> {
  const db = await openGradingDatabase('CREATE TABLE warm (id int); INSERT INTO warm VALUES (1);');
  try {
    await db.query('SELECT id FROM warm WHERE id = $1', [1]);
  } finally {
    await db.close();
  }
}
