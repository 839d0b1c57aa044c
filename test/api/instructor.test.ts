import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedExercise } from '../../server/grader/exercise.ts';
import { GradeReport } from '../../server/grader/report.ts';
import type { Grader } from '../../server/services/submissions.ts';
import { createTestApp, realCurriculum, type TestApp } from '../helpers/app.ts';
import { register, registerWithRole } from '../helpers/users.ts';

const exercise: LoadedExercise = {
  id: 'hello', title: 'Hello', kind: 'http', topic: 'express', concepts: ['express.routes'], difficulty: 1, exports: [], limits: {},
  prompt: '', starter: 'STARTER', solution: 'REFERENCE', hints: ['a', 'b', 'c'], dir: '/nowhere',
  checks: [
    { id: 'status-200', title: 'answers 200', concepts: ['express.routes'], run: () => undefined },
    { id: 'json', title: 'answers JSON', concepts: ['http.json'], run: () => undefined },
  ],
  wrong: [{ file: 'no-json.ts', misconception: 'Sends text instead of JSON.', fails: ['json'], code: 'WRONG-NO-JSON' }],
};
// The scripted grader decides from the code: "pass" passes both checks, anything else fails "json".
const reportFor = (code: string) => {
  const pass = code === 'pass' || code === 'REFERENCE';
  return GradeReport.parse({
    version: 1, exercise: 'hello', status: pass ? 'pass' : 'fail', summary: { passed: pass ? 2 : 1, failed: pass ? 0 : 1, total: 2 },
    checks: [
      { id: 'status-200', title: 'answers 200', concepts: ['express.routes'], passed: true, durationMs: 1 },
      { id: 'json', title: 'answers JSON', concepts: ['http.json'], passed: pass, durationMs: 1, ...(pass ? {} : { kind: 'assertion', message: 'not JSON' }) },
    ],
    console: { lines: [], truncated: false }, usage: { cpuMs: 1, wallMs: 1, requests: 1 },
  });
};
const graded: string[] = [];
const grader: Grader = { grade: async (_id, code) => (graded.push(code), reportFor(code)) };

let t: TestApp;
let instructor: string;
beforeAll(async () => {
  t = await createTestApp({}, { exercises: [exercise], grader });
  instructor = `Bearer ${(await registerWithRole(t, 'teacher@example.com', 'instructor')).accessToken}`;
  // Ten learners: each fails once, then passes; the eleventh never passes.
  for (let i = 0; i < 11; i++) {
    const learner = `Bearer ${(await register(t, `learner${i}@example.com`)).accessToken}`;
    for (const code of i < 10 ? ['fail', 'pass'] : ['fail']) {
      await request(t.app).post('/api/exercises/hello/submissions').set('Authorization', learner).send({ code });
    }
  }
}, 60_000);
afterAll(() => t.close());

describe('curriculum health', () => {
  it('is for instructors and admins only', async () => {
    const learner = await register(t, 'curious@example.com');
    expect((await request(t.app).get('/api/instructor/health').set('Authorization', `Bearer ${learner.accessToken}`)).status).toBe(403);
    expect((await request(t.app).get('/api/instructor/health')).status).toBe(401);
  });

  it('reports attempts, pass rate, attempts to pass, failing checks, matched misconceptions and flags', async () => {
    const res = await request(t.app).get('/api/instructor/health').set('Authorization', instructor);
    expect(res.status).toBe(200);
    const hello = res.body.exercises.find((e: { id: string }) => e.id === 'hello');
    expect(hello).toMatchObject({ attempts: 21, learners: 11, passRate: Math.round((10 / 21) * 1000) / 1000, medianAttemptsToPass: 2 });
    expect(hello.checks[0]).toMatchObject({ id: 'json', results: 21, failed: 11, flag: null });
    expect(hello.checks[1]).toMatchObject({ id: 'status-200', results: 21, failed: 0, failRate: 0, flag: 'almost-never-fails' });
    expect(hello.misconceptions).toEqual([{ file: 'no-json.ts', misconception: 'Sends text instead of JSON.', fails: ['json'], matches: 11 }]);
    expect(res.body.flaggedChecks).toEqual([expect.objectContaining({ exerciseId: 'hello', id: 'status-200', flag: 'almost-never-fails' })]);
    expect(res.body.quizItems.length).toBe(realCurriculum().topics.reduce((n, e) => n + e.quiz.length, 0));
  });

  it('counts the options learners chose for each quiz item', async () => {
    const item = realCurriculum().topics.flatMap((e) => e.quiz).find((q) => q.kind === 'single')!;
    const options = 'options' in item ? item.options! : [];
    const wrong = options.find((o) => !o.correct)!;
    const learner = `Bearer ${(await register(t, 'quizzer@example.com')).accessToken}`;
    await request(t.app).post('/api/quiz/answers').set('Authorization', learner).send({ itemId: item.id, answer: { optionIds: [wrong.id] } });
    const res = await request(t.app).get('/api/instructor/health').set('Authorization', instructor);
    const health = res.body.quizItems.find((q: { id: string }) => q.id === item.id);
    expect(health).toMatchObject({ answers: 1, successRate: 0 });
    expect(health.choices.find((c: { id: string }) => c.id === wrong.id).chosen).toBe(1);
  });

  it('previews the reference and a wrong solution through the grader, and shows the solution to staff only', async () => {
    const reference = await request(t.app).post('/api/instructor/exercises/hello/preview').set('Authorization', instructor).send({ solution: 'reference' });
    expect(reference.body.report.status).toBe('pass');
    const wrong = await request(t.app).post('/api/instructor/exercises/hello/preview').set('Authorization', instructor).send({ solution: 'wrong/no-json.ts' });
    expect(wrong.body.report.status).toBe('fail');
    expect(graded.slice(-2)).toEqual(['REFERENCE', 'WRONG-NO-JSON']);
    const unknown = await request(t.app).post('/api/instructor/exercises/hello/preview').set('Authorization', instructor).send({ solution: 'wrong/nope.ts' });
    expect(unknown.status).toBe(400);
    const view = await request(t.app).get('/api/instructor/exercises/hello').set('Authorization', instructor);
    expect(view.body.exercise.solution).toBe('REFERENCE');
  });
});
