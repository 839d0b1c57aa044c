// Property tests over random event logs from a seeded generator.
import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph.ts';
import { createModel, mastery } from './model.ts';
import { nextStep } from './next-step.ts';
import { applyEvent, initialState, replay } from './reducer.ts';
import { deriveSeed, mulberry32, pick } from './rng.ts';
import type { Rng } from './rng.ts';
import { fixtureInput } from './fixture.test-data.ts';
import type { LearningEvent } from './types.ts';

const model = createModel(buildGraph(fixtureInput));
const T0 = Date.UTC(2025, 0, 6, 9);
const checks = [...model.graph.checks.values()];
const quiz = [...model.graph.quizItems.values()];

function randomLog(rng: Rng, length: number): LearningEvent[] {
  const events: LearningEvent[] = [];
  let at = T0;
  for (let i = 0; i < length; i++) {
    at += Math.floor(rng() * 3 * 86_400_000);
    const r = rng();
    if (r < 0.55) {
      const ch = pick(rng, checks);
      events.push({ type: 'check-result', exerciseId: ch.exerciseId, checkId: ch.checkId, concepts: ch.concepts, passed: rng() < 0.6, at });
    } else if (r < 0.8) {
      const q = pick(rng, quiz);
      events.push({ type: 'quiz-answer', itemId: q.id, concepts: q.concepts, correct: rng() < 0.6, kind: pick(rng, ['topic', 'diagnose', 'review'] as const), options: 4, at });
    } else if (r < 0.86) events.push({ type: 'hint-used', exerciseId: pick(rng, checks).exerciseId, at });
    else if (r < 0.9) events.push({ type: 'lesson-viewed', lessonId: 'async', concepts: ['async.callbacks', 'async.promises', 'async.await'], at });
    else if (r < 0.94) events.push({ type: 'test-out', topicId: pick(rng, ['js', 'async', 'http']), passed: rng() < 0.7, at });
    else events.push({ type: 'goal-set', goal: pick(rng, ['core', 'express', 'http']), at });
  }
  return events;
}

const logs = Array.from({ length: 200 }, (_, i) => randomLog(mulberry32(deriveSeed(99, i)), 40));

describe('properties over 200 seeded random logs', () => {
  it('mastery stays in [0, 1] for every concept after every event', () => {
    for (const log of logs) {
      let s = initialState();
      for (const e of log) {
        s = applyEvent(s, e, model);
        for (const id of model.graph.order) {
          const v = mastery(s, model, id, e.at);
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('a pass never lowers the mastery of its concepts', () => {
    for (const log of logs) {
      let s = initialState();
      for (const e of log) {
        const next = applyEvent(s, e, model);
        const passed = (e.type === 'check-result' && e.passed) || (e.type === 'quiz-answer' && e.correct);
        if (passed) for (const c of e.concepts) expect(mastery(next, model, c, e.at)).toBeGreaterThanOrEqual(mastery(s, model, c, e.at) - 1e-12);
        s = next;
      }
    }
  });

  it('replaying the log gives the same state', () => {
    for (const log of logs) {
      let s = initialState();
      for (const e of log) s = applyEvent(s, e, model);
      expect(replay(log, model)).toEqual(s);
      expect(JSON.parse(JSON.stringify(s))).toEqual(s); // plain data, safe to persist
    }
  });

  it('nextStep is deterministic for the same state, time and seed', () => {
    for (const log of logs.slice(0, 50)) {
      const s = replay(log, model);
      const at = log.at(-1)!.at + 3_600_000;
      expect(nextStep(s, model, undefined, at, mulberry32(5))).toEqual(nextStep(s, model, undefined, at, mulberry32(5)));
    }
  });

  it('nextStep only proposes items for concepts the goal needs', () => {
    for (const log of logs.slice(0, 50)) {
      const s = replay(log, model);
      const step = nextStep(s, model, 'http', log.at(-1)!.at, mulberry32(1));
      expect(['js', 'http']).toContain(model.graph.concepts.get(step.conceptId)!.topicId);
    }
  });
});
