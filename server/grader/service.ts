// The grader as the API sees it: two pools of worker processes (SQL workers hold a
// PGlite instance of ~500 MB, so they are kept apart and few), a deadline per job, and
// every way a worker can die turned into a report the learner understands.
import path from 'node:path';
import type { LoadedExercise } from './exercise.ts';
import { effectiveLimits, GLOBAL_LIMITS } from './limits.ts';
import { createGraderPool, type GraderPool, type JobResult } from './pool/index.ts';
import { FATAL_MESSAGES, type GradeReport } from './report.ts';
import type { GradeJob } from './worker.ts';

export interface PooledGraderOptions {
  exercises: (id: string) => LoadedExercise | undefined;
  size?: number;
  /** Gradings one general worker runs at once (each in its own isolate, on its own thread). */
  concurrency?: number;
  sqlSize?: number;
  maxQueue?: number;
  /** Added to the exercise's wall-time limit before a stuck worker is killed. */
  deadlineMarginMs?: number;
  rssLimitBytes?: number;
  sqlRssLimitBytes?: number;
}

const workerScript = path.join(import.meta.dirname, 'worker.ts');

// A reload of the content gives new LoadedExercise objects, so identity is the version: the
// worker reloads an exercise's files exactly when the server did, with no file I/O per grading.
const versions = new WeakMap<LoadedExercise, string>();
let nextVersion = 0;
function versionOf(exercise: LoadedExercise): string {
  let version = versions.get(exercise);
  if (version === undefined) {
    version = String(++nextVersion);
    versions.set(exercise, version);
  }
  return version;
}

function failureReport(exercise: LoadedExercise, result: Extract<JobResult, { ok: false }>, wallMs: number): GradeReport {
  const kind = result.reason === 'deadline' ? 'time-limit' : result.reason === 'error' ? 'internal' : 'memory-limit';
  const message =
    kind === 'internal'
      ? 'the grader failed while running the checks; this is not a problem with your code, please try again'
      : kind === 'memory-limit' && result.reason === 'crashed'
        ? `${FATAL_MESSAGES['memory-limit']} (the grading process stopped while running your code)`
        : FATAL_MESSAGES[kind];
  const checks = exercise.checks.map((check) => ({
    id: check.id, title: check.title, concepts: [...check.concepts], passed: false, kind: 'not-run' as const, message: 'not graded', durationMs: 0,
  }));
  return {
    version: 1, exercise: exercise.id, status: 'error', summary: { passed: 0, failed: checks.length, total: checks.length },
    error: { kind, message }, checks, console: { lines: [], truncated: false }, usage: { cpuMs: 0, wallMs: Math.round(wallMs), requests: 0 },
  };
}

export function createPooledGrader(options: PooledGraderOptions) {
  const margin = options.deadlineMarginMs ?? 5000;
  const concurrency = options.concurrency ?? 8;
  // Pools start on first use (or warm()), so a CLI grading one HTTP exercise never boots PGlite.
  let general: GraderPool | undefined;
  let sql: GraderPool | undefined;
  const generalPool = () =>
    (general ??= createGraderPool({
      workerScript, size: options.size ?? 2, concurrency, maxQueue: options.maxQueue ?? 32,
      // With several gradings per worker, the others take a recycled worker's share while its
      // replacement boots (~0.5 s), so no idle spare process is kept.
      spares: concurrency > 1 ? 0 : 1,
      // A worker holds ~115 MB before any grading and each live isolate ~6 MB; the cap leaves
      // room for every isolate at its own memory limit, and stops what escapes those limits.
      rssLimitBytes: options.rssLimitBytes ?? (192 + concurrency * GLOBAL_LIMITS.memoryMb) * 1024 * 1024,
      // Disposed isolates can leave memory behind; a long-lived process eventually fails to
      // allocate a new one, so workers are replaced well before that: after any grading that
      // hit a memory limit (worker.ts asks), past 80% of the RSS cap, and after 500 gradings.
      // (Ordinary gradings left RSS flat over 400 in one process; replacing a worker costs
      // ~0.3 s of CPU, and a SQL worker's PGlite seconds, so every 50 was a tax on each grading.)
      recycleAfterJobs: 500,
    }));
  const sqlPool = () =>
    (sql ??= createGraderPool({
      // One PGlite per process serves one grading at a time, so SQL workers take one job each.
      workerScript, size: options.sqlSize ?? 1, spares: 0, maxQueue: options.maxQueue ?? 32, recycleAfterJobs: 500,
      rssLimitBytes: options.sqlRssLimitBytes ?? 2048 * 1024 * 1024, env: { ...process.env, STEPWISE_GRADER_SQL: '1' },
    }));

  return {
    /** Rejects only with QueueFullError (mapped to 429) or when the pools are closed. */
    async grade(exerciseId: string, code: string): Promise<GradeReport> {
      const exercise = options.exercises(exerciseId);
      if (!exercise) throw new Error(`unknown exercise ${exerciseId}`);
      const job: GradeJob = { exerciseDir: exercise.dir, version: versionOf(exercise), code };
      const started = performance.now();
      const pool = exercise.fixturesSql !== undefined ? sqlPool() : generalPool();
      const result = await pool.run<GradeReport>(job, { deadlineMs: effectiveLimits(exercise.limits).wallMs + margin });
      return result.ok ? result.value : failureReport(exercise, result, performance.now() - started);
    },
    /** Boots both pools now, so the first submissions do not wait for workers. */
    warm: () => {
      generalPool();
      sqlPool();
    },
    stats: () => ({ general: general?.stats(), sql: sql?.stats() }),
    close: async () => {
      await Promise.all([general?.close(), sql?.close()]);
    },
  };
}

export type PooledGrader = ReturnType<typeof createPooledGrader>;
