// Several gradings share each worker process (one isolate each): hostile submissions
// graded alongside normal ones get their own error reports, and the normal ones still pass.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXERCISES_DIR, loadExercise, type LoadedExercise } from '../../server/grader/exercise.ts';
import { createPooledGrader, type PooledGrader } from '../../server/grader/service.ts';

const read = (...parts: string[]) => readFileSync(path.join(EXERCISES_DIR, ...parts), 'utf8');
const exercises = new Map<string, LoadedExercise>();
let grader: PooledGrader;

beforeAll(async () => {
  for (const slug of ['todos-api', 'fetch-users-parallel']) exercises.set(slug, await loadExercise(slug));
  grader = createPooledGrader({ exercises: (id) => exercises.get(id), size: 1, concurrency: 4, maxQueue: 32 });
}, 60_000);
afterAll(() => grader?.close());

const APP = "import express from 'express';\nconst app = express();\n";

describe('gradings sharing a worker', () => {
  it('keeps hostile submissions to their own reports', async () => {
    const solution = read('todos-api', 'solution.ts');
    const jobs: Array<[exercise: string, code: string, expected: { status: string; error?: string }]> = [
      ['todos-api', solution, { status: 'pass' }],
      ['todos-api', `${APP}app.get('/todos', () => { while (true) {} });\nexport default app;\n`, { status: 'fail', error: 'time-limit' }],
      ['todos-api', solution, { status: 'pass' }],
      ['todos-api', `${APP}const keep = [];\nwhile (true) keep.push(new Array(1e6).fill(1));\nexport default app;\n`, { status: 'error', error: 'memory-limit' }],
      ['fetch-users-parallel', read('fetch-users-parallel', 'solution.ts'), { status: 'pass' }],
      ['todos-api', 'function f() { Promise.resolve().then(f); } f();\n', { status: 'error', error: 'time-limit' }],
      ['todos-api', solution, { status: 'pass' }],
      ['fetch-users-parallel', read('fetch-users-parallel', 'solution.ts'), { status: 'pass' }],
    ];
    let maxRunning = 0;
    const watcher = setInterval(() => (maxRunning = Math.max(maxRunning, grader.stats().general?.running ?? 0)), 2);
    const reports = await Promise.all(jobs.map(([exercise, code]) => grader.grade(exercise, code)));
    clearInterval(watcher);
    expect(reports.map((r) => ({ status: r.status, ...(r.error ? { error: r.error.kind } : {}) }))).toEqual(jobs.map(([, , e]) => e));
    // The eight really overlapped: more ran at once than there are worker processes.
    expect(maxRunning).toBeGreaterThan(2);
  }, 60_000);
});
