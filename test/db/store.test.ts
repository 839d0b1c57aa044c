import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createDb, type Db } from '../../server/db/client.ts';
import { createLogger } from '../../server/logger.ts';
import { staticContent } from '../../server/services/content.ts';
import { migrateDatabase } from '../../server/db/migrate.ts';
import { createTestApp, realCurriculum, type TestApp } from '../helpers/app.ts';
import { PASSWORD, register } from '../helpers/users.ts';

describe('migrations', () => {
  it('create every table on an empty database and are recorded as applied', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'stepwise-migrate-'));
    const url = `file:${path.join(dir, 'nested', 'fresh.db')}`;
    try {
      migrateDatabase(url);
      const db = createDb(url);
      const tables = await db.$queryRaw<{ name: string }[]>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`;
      expect(tables.map((t) => t.name)).toEqual(
        expect.arrayContaining(['User', 'RefreshSession', 'Submission', 'CheckResult', 'ConceptMastery', 'QuizAttempt', 'QuizAnswer', 'LearningEvent', '_prisma_migrations']),
      );
      const applied = await db.$queryRaw<{ migration_name: string; finished_at: unknown }[]>`SELECT migration_name, finished_at FROM _prisma_migrations`;
      expect(applied.length).toBeGreaterThan(0);
      expect(applied.every((m) => m.finished_at !== null)).toBe(true);
      await db.$disconnect();
      // Running again on an up-to-date database is a no-op, as it is at every start.
      expect(() => migrateDatabase(url)).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the progress store', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function learnerWithHistory(email: string) {
    const { id } = await register(t, email);
    const at = t.clock.now();
    await t.db.submission.create({
      data: {
        userId: id, exerciseId: 'express-hello', code: 'export default 1', report: { version: 1, status: 'fail' }, status: 'fail', durationMs: 12,
        checks: { create: [{ exerciseId: 'express-hello', checkId: 'returns-200', passed: false, concepts: ['express.routes'] }] },
      },
    });
    await t.db.conceptMastery.create({ data: { userId: id, conceptId: 'express.routes', pKnown: 0.3 } });
    await t.db.quizAttempt.create({ data: { userId: id, kind: 'placement', answers: { create: [{ itemId: 'http.q-1', answer: ['a'], correct: true }] } } });
    await t.db.learningEvent.create({ data: { userId: id, type: 'check', payload: { checkId: 'returns-200', passed: false }, occurredAt: at } });
    return id;
  }

  const counts = async (userId: string) => ({
    sessions: await t.db.refreshSession.count({ where: { userId } }),
    submissions: await t.db.submission.count({ where: { userId } }),
    checks: await t.db.checkResult.count({ where: { submission: { userId } } }),
    mastery: await t.db.conceptMastery.count({ where: { userId } }),
    attempts: await t.db.quizAttempt.count({ where: { userId } }),
    answers: await t.db.quizAnswer.count({ where: { attempt: { userId } } }),
    events: await t.db.learningEvent.count({ where: { userId } }),
  });

  it('deleting an account removes all of that learner\'s data and nobody else\'s', async () => {
    const ada = await learnerWithHistory('ada@example.com');
    const grace = await learnerWithHistory('grace@example.com');
    const token = (await request(t.app).post('/api/auth/login').send({ email: 'ada@example.com', password: PASSWORD })).body.accessToken;

    const wrong = await request(t.app).delete('/api/me').set('Authorization', `Bearer ${token}`).send({ password: 'not my password' });
    expect(wrong.status).toBe(401);
    expect(await t.db.user.count({ where: { id: ada } })).toBe(1);

    const res = await request(t.app).delete('/api/me').set('Authorization', `Bearer ${token}`).send({ password: PASSWORD });
    expect(res.status).toBe(204);
    expect(await t.db.user.count({ where: { id: ada } })).toBe(0);
    expect(await counts(ada)).toEqual({ sessions: 0, submissions: 0, checks: 0, mastery: 0, attempts: 0, answers: 0, events: 0 });
    expect(await counts(grace)).toEqual({ sessions: 1, submissions: 1, checks: 1, mastery: 1, attempts: 1, answers: 1, events: 1 });
  });

  it('keeps the learning-event log append-only', async () => {
    const id = await learnerWithHistory('linus@example.com');
    await expect(t.db.learningEvent.updateMany({ where: { userId: id }, data: { type: 'edited' } })).rejects.toThrow(/append-only/);
    await expect(t.db.learningEvent.deleteMany({ where: { userId: id } })).rejects.toThrow(/append-only/);
    expect(await t.db.learningEvent.count({ where: { userId: id, type: 'check' } })).toBe(1);
  });

  it('enforces one result per check per submission', async () => {
    const id = await learnerWithHistory('barbara@example.com');
    const submission = await t.db.submission.findFirstOrThrow({ where: { userId: id } });
    await expect(
      t.db.checkResult.create({ data: { submissionId: submission.id, exerciseId: 'express-hello', checkId: 'returns-200', passed: true, concepts: [] } }),
    ).rejects.toThrow(/Unique constraint/);
  });
});

describe('health', () => {
  it('reports the version and the database status', async () => {
    const t = await createTestApp();
    try {
      const res = await request(t.app).get('/api/health');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'ok', version: '0.1.0', database: { status: 'ok' } });
    } finally {
      await t.close();
    }
  });

  it('answers 503 when the database does not respond', async () => {
    const t = await createTestApp();
    try {
      const unreachable = { $queryRaw: () => Promise.reject(new Error('connection refused')) } as unknown as Db;
      const app = createApp({ config: t.config, db: unreachable, logger: createLogger('silent'), content: staticContent(realCurriculum(), []), grader: { grade: () => Promise.reject(new Error('unused')) } });
      const res = await request(app).get('/api/health');
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ status: 'degraded', database: { status: 'down' } });
    } finally {
      await t.close();
    }
  });
});
