// `npm run adaptive:fit`: parameters refitted from the stored events, written where the
// server reads them at start, and used by the engine once loaded.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { staticContent } from '../../server/services/content.ts';
import { fitFromDatabase, FittedParamsError, readFittedParams, writeFittedParams, type FittedParams } from '../../server/services/adaptive-params.ts';
import { createTestApp, realCurriculum, type TestApp } from '../helpers/app.ts';
import { register } from '../helpers/users.ts';

const apps: TestApp[] = [];
afterAll(() => Promise.all(apps.map((a) => a.close())));
const app = async (adaptiveParams?: FittedParams) => {
  const t = await createTestApp({}, adaptiveParams ? { adaptiveParams } : {});
  apps.push(t);
  return t;
};

type Item = { id: string; concepts: string[]; options: { id: string; correct?: boolean }[] };
const singles = () => realCurriculum().topics.flatMap((e) => e.quiz).filter((item) => item.kind === 'single') as unknown as Item[];
const answer = (t: TestApp, token: string, item: Item, right: boolean) =>
  request(t.app).post('/api/quiz/answers').set('Authorization', `Bearer ${token}`)
    .send({ itemId: item.id, answer: { optionIds: [item.options.find((o) => Boolean(o.correct) === right)!.id] } });
const masteryOf = async (t: TestApp, token: string, concept: string): Promise<number> => {
  const res = await request(t.app).get('/api/progress').set('Authorization', `Bearer ${token}`);
  return (res.body.topics as { concepts: { id: string; mastery: number }[] }[]).flatMap((tp) => tp.concepts).find((c) => c.id === concept)!.mastery;
};

describe('adaptive:fit', () => {
  it('has nothing to fit before any learner has answered', async () => {
    const t = await app();
    expect(await fitFromDatabase(t.db, staticContent(realCurriculum(), []).current())).toBeNull();
  });

  it('refits from every learner\'s stored answers and improves their likelihood', async () => {
    const t = await app();
    const items = singles().slice(0, 6);
    // Six learners: the first three know everything asked, the others nothing.
    for (let i = 0; i < 6; i++) {
      const { accessToken } = await register(t, `learner${i}@example.com`);
      for (const item of items) expect((await answer(t, accessToken, item, i < 3)).status).toBe(201);
    }
    const report = await fitFromDatabase(t.db, staticContent(realCurriculum(), []).current());
    expect(report).not.toBeNull();
    expect(report!.learners).toBe(6);
    expect(report!.observations).toBe(36);
    expect(report!.logLikelihood.after).toBeGreaterThanOrEqual(report!.logLikelihood.before);
    for (const item of items) expect(report!.fitted.checks[item.id]).toBeDefined();

    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'stepwise-fit-')), 'adaptive-params.json');
    await writeFittedParams(file, report!.fitted);
    expect(await readFittedParams(file)).toEqual(report!.fitted);
  });

  it('the engine uses loaded parameters: an item fitted as pure guessing says little', async () => {
    const item = singles()[0]!;
    const concept = item.concepts[0]!;
    const fitted: FittedParams = {
      learn: 0.2, memory: { initial: 3, placed: 10, growth: 1.5, lapse: 0.6, implicit: 1.1, spacing: 3, decay: 0.5 }, ability: { sd: 0.8 },
      requiresStrength: 0.6, topicStrength: 0.3, checks: { [item.id]: { guess: 0.85, slip: 0.1 } },
    };
    const plain = await app();
    const guessy = await app(fitted);
    const gains: number[] = [];
    for (const t of [plain, guessy]) {
      const { accessToken } = await register(t, 'ada@example.com');
      const before = await masteryOf(t, accessToken, concept);
      await answer(t, accessToken, item, true);
      gains.push((await masteryOf(t, accessToken, concept)) - before);
    }
    expect(gains[0]).toBeGreaterThan(0.05);
    expect(gains[1]).toBeLessThan(gains[0]! / 3);
  });

  it('a bad parameters file is refused with the file and each bad field; a missing one means defaults', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'stepwise-fit-'));
    expect(await readFittedParams(path.join(dir, 'none.json'))).toBeUndefined();
    const file = path.join(dir, 'adaptive-params.json');
    writeFileSync(file, JSON.stringify({ learn: 2, memory: {}, ability: { sd: 1 }, requiresStrength: 0.5, topicStrength: 0.5, checks: {}, extra: true }));
    const error = await readFittedParams(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FittedParamsError);
    const message = (error as Error).message;
    expect(message).toContain(file);
    for (const field of ['learn:', 'memory.initial:', 'Unrecognized key']) expect(message).toContain(field);
    writeFileSync(file, '{ not json');
    expect(((await readFittedParams(file).catch((e: unknown) => e)) as Error).message).toMatch(/is not JSON/);
  });
});
