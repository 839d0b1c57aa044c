import { afterAll, beforeAll, expect, it } from 'vitest';
import { createGraderPool } from './pool.ts';
import type { GraderPool } from './types.ts';

// PGlite ignores statement_timeout and a runaway query blocks the worker's only thread,
// so the pool's deadline is what stops it.
let pool: GraderPool;
beforeAll(async () => {
  pool = createGraderPool({
    workerScript: new URL('./fixtures/sql-worker.ts', import.meta.url),
    size: 1,
    spares: 1,
    deadlineMs: 5000,
    rssLimitBytes: 1536 * 1024 * 1024,
  });
  const until = Date.now() + 50_000;
  while (pool.stats().idle < 2) {
    if (Date.now() > until) throw new Error(`SQL workers did not boot: ${JSON.stringify(pool.stats())}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}, 60_000);
afterAll(() => pool.close());

it('kills a worker stuck in a never-ending recursive query and the next SQL job still works', async () => {
  const runaway = 'WITH RECURSIVE t AS (SELECT 1 UNION ALL SELECT 1 FROM t) SELECT count(*) FROM t';
  expect(await pool.run({ sql: runaway }, { deadlineMs: 1500 })).toEqual({ ok: false, reason: 'deadline', detail: 'no result within 1500 ms' });
  expect(await pool.run({ sql: 'SELECT count(*)::int AS n FROM t' })).toEqual({ ok: true, value: [{ n: 2 }] });
  expect(await pool.run({ sql: 'SELECT nope FROM t' })).toMatchObject({ ok: true, value: { error: { code: '42703' } } });
}, 30_000);

it('kills a worker stuck in pg_sleep', async () => {
  expect(await pool.run({ sql: 'SELECT pg_sleep(60)' }, { deadlineMs: 1000 })).toMatchObject({ ok: false, reason: 'deadline' });
  expect(await pool.run({ sql: 'SELECT 1 AS one' })).toEqual({ ok: true, value: [{ one: 1 }] });
}, 30_000);
