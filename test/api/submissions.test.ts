// The HTTP and storage side of grading. The grader here is scripted so each outcome
// (pass, fail, error, busy) is exact; the real grader is exercised in test/grading.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedExercise } from '../../server/grader/exercise.ts';
import { GradeReport } from '../../server/grader/report.ts';
import type { Grader } from '../../server/services/submissions.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { register } from '../helpers/users.ts';

const exercise: LoadedExercise = {
  id: 'hello-route', title: 'Say hello', kind: 'http', topic: 'express', concepts: ['express.routes'], difficulty: 1, exports: [], limits: {},
  prompt: '# Say hello', starter: 'export default null;\n', solution: 'SECRET-SOLUTION', hints: ['one', 'two', 'three'], wrong: [], dir: '/nowhere',
  checks: [
    { id: 'get-hello', title: 'GET /hello answers 200', concepts: ['express.routes'], run: () => undefined },
    { id: 'json-body', title: 'It answers JSON', concepts: ['express.routes', 'http.json'], run: () => undefined },
  ],
};

const report = (passed: [boolean, boolean], status: 'pass' | 'fail' | 'error' = passed.every(Boolean) ? 'pass' : 'fail') =>
  GradeReport.parse({
    version: 1, exercise: 'hello-route', status,
    summary: { passed: passed.filter(Boolean).length, failed: passed.filter((p) => !p).length, total: 2 },
    checks: exercise.checks.map((check, i) => ({
      id: check.id, title: check.title, concepts: check.concepts, passed: passed[i], durationMs: 3,
      ...(status === 'error' ? { kind: 'not-run', message: 'not graded' } : passed[i] ? {} : { kind: 'assertion', message: 'expected 200, got 404' }),
    })),
    ...(status === 'error' ? { error: { kind: 'compile-error', message: 'Unexpected token', location: { file: 'solution.ts', line: 2, column: 5 } } } : {}),
    console: { lines: [], truncated: false }, usage: { cpuMs: 2, wallMs: 9, requests: 2 },
  });

const script: { next: () => Promise<GradeReport> } = { next: async () => report([true, true]) };
const grader: Grader = { grade: () => script.next() };

let t: TestApp;
let token: string;
let userId: string;
const auth = () => `Bearer ${token}`;
beforeAll(async () => {
  t = await createTestApp({}, { exercises: [exercise], grader });
  ({ accessToken: token, id: userId } = await register(t, 'ada@example.com'));
});
afterAll(() => t.close());

describe('exercises', () => {
  it('lists and shows exercises to signed-in learners without the solution or check code', async () => {
    expect((await request(t.app).get('/api/exercises')).status).toBe(401);
    const list = await request(t.app).get('/api/exercises').set('Authorization', auth());
    expect(list.body.exercises).toEqual([{ id: 'hello-route', title: 'Say hello', kind: 'http', topic: 'express', concepts: ['express.routes'], difficulty: 1 }]);
    const one = await request(t.app).get('/api/exercises/hello-route').set('Authorization', auth());
    expect(one.body.exercise.checks).toEqual([
      { id: 'get-hello', title: 'GET /hello answers 200', concepts: ['express.routes'] },
      { id: 'json-body', title: 'It answers JSON', concepts: ['express.routes', 'http.json'] },
    ]);
    expect(JSON.stringify(one.body)).not.toContain('SECRET-SOLUTION');
    expect((await request(t.app).get('/api/exercises/nope').set('Authorization', auth())).body.error.code).toBe('EXERCISE_NOT_FOUND');
  });
});

describe('submissions', () => {
  it('stores the submission, one row per check and one learning event per graded check before answering', async () => {
    script.next = async () => report([true, false]);
    const res = await request(t.app).post('/api/exercises/hello-route/submissions').set('Authorization', auth()).send({ code: 'export default app;' });
    expect(res.status).toBe(201);
    expect(res.body.report.status).toBe('fail');
    expect(res.body.submission).toMatchObject({ exerciseId: 'hello-route', status: 'fail', passed: 1, total: 2 });
    const stored = await t.db.submission.findUniqueOrThrow({ where: { id: res.body.submission.id }, include: { checks: true } });
    expect(stored.code).toBe('export default app;');
    expect(stored.checks.map((c) => [c.checkId, c.passed, c.concepts]).sort()).toEqual([
      ['get-hello', true, ['express.routes']],
      ['json-body', false, ['express.routes', 'http.json']],
    ]);
    const events = await t.db.learningEvent.findMany({ where: { userId }, orderBy: { seq: 'asc' } });
    expect(events.map((e) => (e.payload as { checkId: string; passed: boolean }))).toMatchObject([
      { checkId: 'get-hello', passed: true },
      { checkId: 'json-body', passed: false },
    ]);
  });

  it('an error report (nothing ran) is stored but gives no evidence about concepts', async () => {
    script.next = async () => report([false, false], 'error');
    const before = await t.db.learningEvent.count();
    const res = await request(t.app).post('/api/exercises/hello-route/submissions').set('Authorization', auth()).send({ code: 'export default (' });
    expect(res.status).toBe(201);
    expect(res.body.report.error.location).toEqual({ file: 'solution.ts', line: 2, column: 5 });
    expect(await t.db.checkResult.count({ where: { submissionId: res.body.submission.id } })).toBe(0);
    expect(await t.db.learningEvent.count()).toBe(before);
  });

  it('answers 429 with Retry-After when the grading queue is full, storing nothing', async () => {
    script.next = () => Promise.reject(Object.assign(new Error('queue full'), { retryAfterSeconds: 3 }));
    const before = await t.db.submission.count();
    const res = await request(t.app).post('/api/exercises/hello-route/submissions').set('Authorization', auth()).send({ code: 'x' });
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBe('3');
    expect(res.body.error.code).toBe('GRADER_BUSY');
    expect(await t.db.submission.count()).toBe(before);
  });

  it('refuses code over 100 KB before grading, and bad bodies by field', async () => {
    let graded = false;
    script.next = async () => {
      graded = true;
      return report([true, true]);
    };
    const big = await request(t.app).post('/api/exercises/hello-route/submissions').set('Authorization', auth()).send({ code: 'x'.repeat(100 * 1024 + 1) });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('SUBMISSION_TOO_LARGE');
    const wrongType = await request(t.app).post('/api/exercises/hello-route/submissions').set('Authorization', auth()).send({ code: 42 });
    expect(wrongType.body.error.details).toEqual([{ path: 'code', message: 'must be a string' }]);
    expect(graded).toBe(false);
  });

  it('keeps a history per exercise and shows a submission only to its owner or staff', async () => {
    script.next = async () => report([true, true]);
    const ok = await request(t.app).post('/api/exercises/hello-route/submissions').set('Authorization', auth()).send({ code: 'final' });
    const history = await request(t.app).get('/api/exercises/hello-route/submissions').set('Authorization', auth());
    expect(history.body.submissions[0]).toMatchObject({ id: ok.body.submission.id, status: 'pass', passed: 2, total: 2 });
    expect(history.body.submissions.length).toBeGreaterThanOrEqual(3);

    const mine = await request(t.app).get(`/api/submissions/${ok.body.submission.id}`).set('Authorization', auth());
    expect(mine.body.code).toBe('final');
    const other = await register(t, 'grace@example.com');
    const theirs = await request(t.app).get(`/api/submissions/${ok.body.submission.id}`).set('Authorization', `Bearer ${other.accessToken}`);
    expect(theirs.status).toBe(404);
    expect(theirs.body.error.code).toBe('SUBMISSION_NOT_FOUND');
  });
});

describe('drafts', () => {
  it('starts from the starter code and keeps the latest draft per learner', async () => {
    const first = await request(t.app).get('/api/exercises/hello-route/draft').set('Authorization', auth());
    expect(first.body).toEqual({ code: 'export default null;\n', savedAt: null });
    const saved = await request(t.app).put('/api/exercises/hello-route/draft').set('Authorization', auth()).send({ code: 'draft 1' });
    expect(saved.status).toBe(200);
    await request(t.app).put('/api/exercises/hello-route/draft').set('Authorization', auth()).send({ code: 'draft 2' });
    expect((await request(t.app).get('/api/exercises/hello-route/draft').set('Authorization', auth())).body.code).toBe('draft 2');
    const other = await register(t, 'linus@example.com');
    expect((await request(t.app).get('/api/exercises/hello-route/draft').set('Authorization', `Bearer ${other.accessToken}`)).body.code).toBe('export default null;\n');
  });
});
