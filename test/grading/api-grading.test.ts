// Submissions through the API with the real grader: worker processes, isolated-vm,
// PGlite for SQL, and the pool's deadline for code that never stops.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXERCISES_DIR, loadExercise, type LoadedExercise } from '../../server/grader/exercise.ts';
import { createPooledGrader, type PooledGrader } from '../../server/grader/service.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { register } from '../helpers/users.ts';

const read = (...parts: string[]) => readFileSync(path.join(EXERCISES_DIR, ...parts), 'utf8');

let t: TestApp;
let grader: PooledGrader;
let token: string;
const exercises = new Map<string, LoadedExercise>();

beforeAll(async () => {
  for (const slug of ['todos-api', 'products-crud-sql', 'fetch-users-parallel', 'signup-login-jwt']) exercises.set(slug, await loadExercise(slug));
  grader = createPooledGrader({ exercises: (id) => exercises.get(id), size: 1, sqlSize: 1, maxQueue: 2, deadlineMarginMs: 2000 });
  t = await createTestApp({}, { exercises: [...exercises.values()], grader });
  token = (await register(t, 'ada@example.com')).accessToken;
}, 60_000);
afterAll(async () => {
  await grader?.close();
  await t?.close();
});

const submit = (exerciseId: string, code: string) =>
  request(t.app).post(`/api/exercises/${exerciseId}/submissions`).set('Authorization', `Bearer ${token}`).send({ code });

describe('grading through the API', () => {
  it('passes the reference solution of an HTTP exercise and stores every check', async () => {
    const res = await submit('todos-api', read('todos-api', 'solution.ts'));
    expect(res.status).toBe(201);
    expect(res.body.report).toMatchObject({ version: 1, status: 'pass', exercise: 'todos-api' });
    expect(res.body.report.summary.failed).toBe(0);
    expect(await t.db.checkResult.count({ where: { submissionId: res.body.submission.id, passed: true } })).toBe(res.body.report.summary.total);
  }, 30_000);

  it('fails a known-wrong solution on exactly the checks it declares', async () => {
    const res = await submit('todos-api', read('todos-api', 'wrong', 'always-200.ts'));
    expect(res.body.report.status).toBe('fail');
    const failed = res.body.report.checks.filter((c: { passed: boolean }) => !c.passed).map((c: { id: string }) => c.id).sort();
    expect(failed).toEqual(['creates-todo', 'missing-todo-404', 'rejects-blank-title', 'rejects-missing-title']);
  }, 30_000);

  it('grades SQL exercises against a real PostgreSQL (PGlite) seeded from the fixtures', async () => {
    const pass = await submit('products-crud-sql', read('products-crud-sql', 'solution.ts'));
    expect(pass.body.report.status).toBe('pass');
    const wrong = await submit('products-crud-sql', read('products-crud-sql', 'wrong', 'ignores-rowcount.ts'));
    expect(wrong.body.report.checks.filter((c: { passed: boolean }) => !c.passed).map((c: { id: string }) => c.id)).toEqual(['delete-missing-404']);
  }, 60_000);

  it('grades auth exercises with real bcrypt/jsonwebtoken behaviour and their database', async () => {
    const res = await submit('signup-login-jwt', read('signup-login-jwt', 'solution.ts'));
    expect(res.body.report.status).toBe('pass');
  }, 60_000);

  it('reports a compile error with the learner\'s line and column', async () => {
    const res = await submit('todos-api', "import express from 'express';\nconst app = express(;\nexport default app;\n");
    expect(res.body.report.status).toBe('error');
    expect(res.body.report.error.kind).toBe('compile-error');
    expect(res.body.report.error.location).toMatchObject({ file: 'solution.ts', line: 2 });
  }, 30_000);

  it('fails an infinite loop on the time limit and keeps grading others', async () => {
    const res = await submit('fetch-users-parallel', 'export async function fetchAll() { while (true) {} }\n');
    expect(res.body.report.status).toBe('fail');
    expect(res.body.report.checks[0]).toMatchObject({ passed: false, kind: 'time-limit' });
    const next = await submit('todos-api', read('todos-api', 'solution.ts'));
    expect(next.body.report.status).toBe('pass');
  }, 60_000);
});

describe('the pool deadline', () => {
  it('kills a worker that outlives its deadline and reports a time limit without grading', async () => {
    const exercise = exercises.get('fetch-users-parallel')!;
    const strict = createPooledGrader({ exercises: () => exercise, size: 1, sqlSize: 1, deadlineMarginMs: 300 - 10_000 });
    try {
      const report = await strict.grade(exercise.id, 'export async function fetchAll() { while (true) {} }\n');
      expect(report).toMatchObject({ status: 'error', error: { kind: 'time-limit' } });
      expect(report.checks.every((check) => check.kind === 'not-run')).toBe(true);
      expect(strict.stats().general?.failed.deadline).toBe(1);
    } finally {
      await strict.close();
    }
  }, 60_000);
});
