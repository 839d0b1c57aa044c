import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedExercise } from '../../server/grader/exercise.ts';
import { GradeReport } from '../../server/grader/report.ts';
import type { Grader } from '../../server/services/submissions.ts';
import { createTestApp, realCurriculum, type TestApp } from '../helpers/app.ts';
import { PASSWORD, register } from '../helpers/users.ts';

const exercise: LoadedExercise = {
  id: 'todo-404', title: 'Missing todos', kind: 'http', topic: 'express', concepts: ['express.routes', 'http.status-codes'], difficulty: 2, exports: [], limits: {},
  prompt: '# Todos', starter: '', solution: '', hints: ['Look at the status.', 'Use res.status().', 'res.status(404).json(...)'], wrong: [], dir: '/nowhere',
  checks: [{ id: 'missing-404', title: 'returns 404 for a missing todo', concepts: ['express.routes', 'http.status-codes'], run: () => undefined }],
};
const failing = GradeReport.parse({
  version: 1, exercise: 'todo-404', status: 'fail', summary: { passed: 0, failed: 1, total: 1 },
  checks: [{ id: 'missing-404', title: 'returns 404 for a missing todo', concepts: ['express.routes', 'http.status-codes'], passed: false, kind: 'assertion', message: 'expected 404, got 200', durationMs: 2 }],
  console: { lines: [], truncated: false }, usage: { cpuMs: 1, wallMs: 5, requests: 1 },
});
const grader: Grader = { grade: async () => failing };

let t: TestApp;
let auth: string;
let userId: string;
beforeAll(async () => {
  t = await createTestApp({}, { exercises: [exercise], grader });
  const user = await register(t, 'ada@example.com');
  auth = `Bearer ${user.accessToken}`;
  userId = user.id;
});
afterAll(() => t.close());

const get = (path: string) => request(t.app).get(path).set('Authorization', auth);
const post = (path: string, body?: object) => request(t.app).post(path).set('Authorization', auth).send(body);

describe('roadmap and topics', () => {
  it('lists every topic in roadmap order, for signed-in users only', async () => {
    expect((await request(t.app).get('/api/roadmap')).status).toBe(401);
    const res = await get('/api/roadmap');
    expect(res.body.topics.map((topic: { id: string }) => topic.id)).toEqual(realCurriculum().topics.map((e) => e.topic.id));
    const express = res.body.topics.find((topic: { id: string }) => topic.id === 'express');
    expect(express.prerequisites).toContain('async-js');
    expect(express.exercises).toEqual([{ id: 'todo-404', title: 'Missing todos', kind: 'http', difficulty: 2 }]);
  });

  it('shows a topic with its lesson and quiz, never the answers', async () => {
    const res = await get('/api/topics/async-js');
    expect(res.body.lesson.markdown.length).toBeGreaterThan(1000);
    expect(res.body.quiz.length).toBeGreaterThanOrEqual(6);
    const text = JSON.stringify(res.body.quiz);
    expect(text).not.toContain('"correct"');
    expect(text).not.toContain('"accept"');
    expect(text).not.toContain('"explanation"');
    expect((await get('/api/topics/nope')).body.error.code).toBe('TOPIC_NOT_FOUND');
  });
});

describe('quiz answers', () => {
  const single = () => realCurriculum().topics.flatMap((e) => e.quiz).find((item) => item.kind === 'single' && item.id.startsWith('http.'))!;

  it('marks an answer on the server, explains it, and records the evidence with the mastery it changes', async () => {
    const item = single();
    const options = 'options' in item ? item.options! : [];
    const wrong = options.find((o) => !o.correct)!;
    const res = await post('/api/quiz/answers', { itemId: item.id, answer: { optionIds: [wrong.id] } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ itemId: item.id, correct: false, explanation: item.explanation, solution: { optionIds: options.filter((o) => o.correct).map((o) => o.id) } });
    expect(res.body.next.reason.length).toBeGreaterThan(10);
    const stored = await t.db.quizAnswer.findFirstOrThrow({ where: { itemId: item.id, attempt: { userId } } });
    expect(stored.correct).toBe(false);
    const event = await t.db.learningEvent.findFirstOrThrow({ where: { userId, type: 'quiz-answer' } });
    expect(event.payload).toMatchObject({ itemId: item.id, correct: false });
    const mastery = await t.db.conceptMastery.findMany({ where: { userId, conceptId: { in: item.concepts } } });
    expect(mastery.length).toBe(item.concepts.length);
    for (const row of mastery) expect(row.pKnown).toBeGreaterThanOrEqual(0);

    const again = await post('/api/quiz/answers', { itemId: item.id, answer: { optionIds: [wrong.id] }, attemptId: res.body.attemptId });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('QUIZ_ALREADY_ANSWERED');
  });

  it('a right answer raises the mastery of its concepts', async () => {
    const item = realCurriculum().topics.flatMap((e) => e.quiz).find((q) => q.kind === 'single' && q.id.startsWith('sql.'))!;
    const concept = item.concepts[0]!;
    const before = (await get('/api/progress')).body.topics.flatMap((tp: { concepts: { id: string; mastery: number }[] }) => tp.concepts).find((c: { id: string }) => c.id === concept).mastery;
    const right = ('options' in item ? item.options! : []).filter((o) => o.correct).map((o) => o.id);
    expect((await post('/api/quiz/answers', { itemId: item.id, answer: { optionIds: right } })).body.correct).toBe(true);
    const after = (await get('/api/progress')).body.topics.flatMap((tp: { concepts: { id: string; mastery: number }[] }) => tp.concepts).find((c: { id: string }) => c.id === concept).mastery;
    expect(after).toBeGreaterThan(before);
  });

  it('refuses unknown items and malformed answers by field', async () => {
    expect((await post('/api/quiz/answers', { itemId: 'nope', answer: { text: 'x' } })).body.error.code).toBe('QUIZ_ITEM_NOT_FOUND');
    const bad = await post('/api/quiz/answers', { itemId: 'http.q-x', answer: 'b' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('answer');
  });
});

describe('placement', () => {
  it('asks at most 12 questions, then finishes and gives a next step', async () => {
    const other = await register(t, 'placement@example.com');
    const as = (path: string, body?: object) => request(t.app).post(path).set('Authorization', `Bearer ${other.accessToken}`).send(body);
    const start = await as('/api/placement');
    expect(start.status).toBe(201);
    let item = start.body.item;
    let result = start.body;
    let asked = 0;
    while (item) {
      asked += 1;
      const answer = item.options ? { optionIds: [item.options[0].id] } : { text: 'I do not know' };
      result = (await as(`/api/placement/${start.body.attemptId}/answers`, { itemId: item.id, answer })).body;
      expect(typeof result.correct).toBe('boolean');
      item = result.item;
    }
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThanOrEqual(12);
    expect(result.done).toBe(true);
    expect(result.next.item.kind).toMatch(/exercise|quiz|lesson|review|diagnose/);
    const attempt = await t.db.quizAttempt.findUniqueOrThrow({ where: { id: start.body.attemptId }, include: { answers: true } });
    expect(attempt.finishedAt).not.toBeNull();
    expect(attempt.answers.length).toBe(asked);
  });

  it('resumes the open attempt after a reload: the same question and the count so far, never a second attempt', async () => {
    const other = await register(t, 'resume@example.com');
    const as = (method: 'get' | 'post', path: string, body?: object) => request(t.app)[method](path).set('Authorization', `Bearer ${other.accessToken}`).send(body);
    expect((await as('get', '/api/placement')).body).toEqual({ placement: null });

    const start = await as('post', '/api/placement');
    expect(start.status).toBe(201);
    expect(start.body.resumed).toBe(false);
    const first = start.body.item;
    const answer = first.options ? { optionIds: [first.options[0].id] } : { text: 'I do not know' };
    const answered = (await as('post', `/api/placement/${start.body.attemptId}/answers`, { itemId: first.id, answer })).body;
    expect(answered.done).toBe(false);

    const open = await as('get', '/api/placement');
    expect(open.status).toBe(200);
    expect(open.body.placement).toEqual({ attemptId: start.body.attemptId, done: false, reason: expect.any(String), asked: 1, item: answered.item });
    expect(JSON.stringify(open.body)).not.toContain('"correct"');

    // Starting again (a second tab, a double click) continues the same attempt.
    const again = await as('post', '/api/placement');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ attemptId: start.body.attemptId, resumed: true, asked: 1, item: answered.item });
    expect(await t.db.quizAttempt.count({ where: { userId: other.id, kind: 'placement' } })).toBe(1);
    expect(await t.db.learningEvent.count({ where: { userId: other.id, type: 'placement-started' } })).toBe(1);

    await as('post', `/api/placement/${start.body.attemptId}/skip`);
    expect((await as('get', '/api/placement')).body).toEqual({ placement: null });
    expect((await as('get', '/api/next')).body.placement).toBe('done');
  });
});

describe('next step, goal, hints and lessons', () => {
  it('answers with one next step, its reason and evidence, and folds failed checks into the learner\'s state', async () => {
    // Which step the engine picks is the engine's business (server/adaptive tests); here the
    // failures must reach its state through the event log.
    for (let i = 0; i < 2; i++) await post('/api/exercises/todo-404/submissions', { code: 'app' });
    const res = await get('/api/next');
    expect(res.status).toBe(200);
    expect(res.body.next).toMatchObject({ item: { kind: expect.any(String), id: expect.any(String), topicId: expect.any(String) }, reason: expect.any(String) });
    expect(Array.isArray(res.body.next.evidence)).toBe(true);
    const progress = (await get('/api/progress')).body;
    const statusCodes = progress.topics.find((tp: { topicId: string }) => tp.topicId === 'http').concepts.find((c: { id: string }) => c.id === 'http.status-codes');
    expect(statusCodes.attempts).toBe(2);
    expect(statusCodes.passes).toBe(0);
  });

  it('sets a goal, refusing unknown topics', async () => {
    expect((await post('/api/goal', { goal: 'atlantis' })).body.error.code).toBe('TOPIC_NOT_FOUND');
    const res = await post('/api/goal', { goal: 'express' });
    expect(res.body.goal).toBe('express');
    expect((await get('/api/progress')).body.goal).toBe('express');
  });

  it('reveals hints one at a time and records their use', async () => {
    expect((await get('/api/exercises/todo-404/hints')).body).toEqual({ of: 3, revealed: [] });
    const res = await post('/api/exercises/todo-404/hints/1');
    expect(res.body).toEqual({ number: 1, of: 3, hint: 'Look at the status.' });
    expect((await post('/api/exercises/todo-404/hints/4')).body.error.code).toBe('HINT_NOT_FOUND');
    expect(await t.db.learningEvent.count({ where: { userId, type: 'hint-used' } })).toBe(1);
  });

  it('lists the hints a learner has revealed, for that learner only, so they survive a reload', async () => {
    await post('/api/exercises/todo-404/hints/2');
    await post('/api/exercises/todo-404/hints/1');
    const res = await get('/api/exercises/todo-404/hints');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ of: 3, revealed: [{ number: 1, hint: 'Look at the status.' }, { number: 2, hint: 'Use res.status().' }] });

    const other = await register(t, 'no-hints@example.com');
    const theirs = await request(t.app).get('/api/exercises/todo-404/hints').set('Authorization', `Bearer ${other.accessToken}`);
    expect(theirs.body).toEqual({ of: 3, revealed: [] });
    expect((await request(t.app).get('/api/exercises/todo-404/hints')).status).toBe(401);
    expect((await get('/api/exercises/nope/hints')).body.error.code).toBe('EXERCISE_NOT_FOUND');
  });

  it('records a lesson as read', async () => {
    expect((await post('/api/topics/http/lesson-viewed')).status).toBe(204);
    expect(await t.db.learningEvent.count({ where: { userId, type: 'lesson-viewed' } })).toBe(1);
  });
});

describe('progress history', () => {
  it('replays mastery per active day and counts the streak of consecutive days', async () => {
    await register(t, 'history@example.com');
    // Days pass in this test, so each request signs in afresh rather than outliving its token.
    const as = async (method: 'get' | 'post', path: string, body?: object) => {
      const { accessToken } = (await request(t.app).post('/api/auth/login').send({ email: 'history@example.com', password: PASSWORD })).body;
      return request(t.app)[method](path).set('Authorization', `Bearer ${accessToken}`).send(body);
    };
    const item = realCurriculum().topics.flatMap((e) => e.quiz).find((q) => q.kind === 'single' && q.id.startsWith('js-fundamentals.'))!;
    const right = ('options' in item ? item.options! : []).filter((o) => o.correct).map((o) => o.id);
    expect((await as('get', '/api/progress/history')).body).toEqual({ days: [], streak: 0 });

    await as('post', '/api/topics/js-fundamentals/lesson-viewed');
    t.clock.advance(86_400_000);
    await as('post', '/api/quiz/answers', { itemId: item.id, answer: { optionIds: right } });
    const res = await as('get', '/api/progress/history');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.streak).toBe(2);
    expect(res.body.days.map((d: { events: number }) => d.events)).toEqual([1, 2]);
    const [first, second] = res.body.days;
    expect(second.day > first.day).toBe(true);
    expect(second.topics['js-fundamentals']).toBeGreaterThan(first.topics['js-fundamentals']);

    t.clock.advance(3 * 86_400_000);
    expect((await as('get', '/api/progress/history')).body.streak).toBe(0);
  });
});
