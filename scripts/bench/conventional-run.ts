// The conventional way to run an exercise's checks, for the grading benchmark: this file is
// run by `node --test` (a fresh process per file, as file-based test runners do), imports
// the learner's module with real Express/bcrypt/jsonwebtoken, boots its own PGlite when the
// exercise has fixtures, and runs each check as a test with real timers.
import { registerHooks } from 'node:module';
import path from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import supertest from 'supertest';
import type { CheckContext, Fake, FakeResult } from '../../server/grader/checks.ts';
import { makeExpect, CheckFailure } from '../../server/grader/expect.ts';
import { loadExercise } from '../../server/grader/exercise.ts';

const exerciseDir = process.env.BENCH_EXERCISE_DIR!;
const solution = process.env.BENCH_SOLUTION!;
const dbModule = pathToFileURL(path.join(import.meta.dirname, 'conventional-db.ts')).href;
registerHooks({
  resolve: (specifier, context, next) => (specifier === 'db' ? { url: dbModule, shortCircuit: true } : next(specifier, context)),
});

const exercise = await loadExercise(exerciseDir);
const holder = globalThis as unknown as { __conventionalPg?: unknown; __conventionalQueries?: string[] };
holder.__conventionalQueries = [];
if (exercise.fixturesSql !== undefined) {
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = new PGlite();
  await pg.exec(exercise.fixturesSql);
  holder.__conventionalPg = pg;
}
const learner = (await import(pathToFileURL(solution).href)) as Record<string, unknown> & { default?: unknown };
const app = learner.default as Parameters<typeof supertest>[0] | undefined;

let pending = 0;
for (const check of exercise.checks) {
  test(check.title, { timeout: check.timeoutMs ?? 2000 }, async () => {
    const ctx: CheckContext = {
      request: (app ? supertest.agent(app) : undefined) as unknown as CheckContext['request'],
      agent: () => supertest.agent(app!) as unknown as CheckContext['request'],
      expect: makeExpect(() => 1000),
      async call(name, ...args) {
        const started = performance.now();
        try {
          const value = await (learner[name] as (...a: unknown[]) => unknown)(...args);
          return { ok: true, value, elapsedMs: performance.now() - started, pendingOperations: pending };
        } catch (error) {
          const e = error as Error;
          return { ok: false, value: undefined, error: { name: e.name, message: e.message }, elapsedMs: performance.now() - started, pendingOperations: pending };
        }
      },
      fake(name, impl, style = 'promise') {
        const calls: Fake['calls'] = [];
        const started = performance.now();
        const settle = (args: unknown[]) => {
          calls.push({ args, at: Math.round(performance.now() - started) });
          const result: FakeResult = impl(...args) ?? {};
          pending++;
          return new Promise((resolve, reject) => setTimeout(() => {
            pending--;
            if ('error' in result) reject(new Error(typeof result.error === 'string' ? result.error : result.error.message));
            else resolve(result.value);
          }, result.after ?? 0));
        };
        const fn = style === 'callback'
          ? (...args: unknown[]) => {
            const done = args.pop() as (e: unknown, v?: unknown) => void;
            settle(args).then((v) => done(null, v), (e) => done(e));
          }
          : (...args: unknown[]) => settle(args);
        Object.defineProperties(fn, { kind: { value: 'fake' }, name: { value: name }, style: { value: style }, calls: { value: calls } });
        return fn as unknown as Fake;
      },
      clock: { now: () => performance.now(), settle: (ms = 0) => new Promise((r) => setTimeout(r, Math.min(ms, 100))) },
      output: async () => [],
      sql: (text, params) => (import(dbModule) as Promise<{ db: { query: CheckContext['sql'] } }>).then((m) => m.db.query(text, params)),
      queries: () => [...holder.__conventionalQueries!],
      fail: (message) => {
        throw new CheckFailure('assertion', message);
      },
    };
    await check.run(ctx);
  });
}
after(() => (holder.__conventionalPg as { close?: () => Promise<void> } | undefined)?.close?.());
