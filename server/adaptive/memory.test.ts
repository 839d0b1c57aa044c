// Forgetting curve, memory updates and learner ability.
import { describe, expect, it } from 'vitest';
import { fitParams } from './fit.ts';
import { buildGraph } from './graph.ts';
import { createModel, mastery, personalNoise, predictSuccess } from './model.ts';
import { defaultParams } from './params.ts';
import { applyEvent, initialState, predictEvent, replay } from './reducer.ts';
import { implicitReview, intervalFor, retrievability, updateMemory } from './review.ts';
import { deriveSeed, mulberry32 } from './rng.ts';
import { fixtureInput } from './fixture.test-data.ts';
import type { LearningEvent, MemoryParams } from './types.ts';

const graph = buildGraph(fixtureInput);
const model = createModel(graph);
const T0 = Date.UTC(2025, 0, 6, 9);
const D = 86_400_000;
const mp: MemoryParams = { initial: 2, placed: 20, growth: 2, lapse: 0.5, implicit: 1.2, spacing: 1, decay: 0.5 };

describe('forgetting curve', () => {
  it('recall is 90% after one stability, whatever the decay', () => {
    for (const decay of [0.1, 0.5, 2, 20]) {
      expect(retrievability(0, 7, decay)).toBe(1);
      expect(retrievability(7, 7, decay)).toBeCloseTo(0.9, 10);
      expect(intervalFor(7, 0.9, decay)).toBeCloseTo(7, 10);
    }
  });

  it('a large decay approaches an exponential, a small one has a long tail', () => {
    const exponential = Math.pow(0.9, 10);
    expect(retrievability(70, 7, 50)).toBeCloseTo(exponential, 2);
    expect(retrievability(70, 7, 0.1)).toBeGreaterThan(retrievability(70, 7, 0.5));
  });
});

describe('memory updates', () => {
  it('a success grows stability, more when recall had dropped (spacing)', () => {
    const m0 = { stability: 4, lastAt: T0, reps: 1, lapses: 0 };
    const soon = updateMemory(mp, m0, 1, 0, true, T0 + 0.1 * D)!;
    const late = updateMemory(mp, m0, 1, 0, true, T0 + 10 * D)!;
    expect(soon.stability).toBeGreaterThan(8);
    expect(late.stability).toBeGreaterThan(soon.stability);
    expect(updateMemory(mp, m0, 1, 0, false, T0 + D)!.stability).toBeCloseTo(2, 10);
  });

  it('mixes "knew it" and "just learned it" by their probabilities', () => {
    expect(updateMemory(mp, null, 0, 0.3, false, T0)!.stability).toBeCloseTo(mp.initial, 10);
    const mixed = updateMemory(mp, null, 0.5, 0.5, null, T0)!.stability;
    expect(mixed).toBeCloseTo(Math.sqrt(mp.initial * mp.placed), 10);
  });

  it('implicit practice grows stability by strength, without counting a review', () => {
    const m0 = { stability: 4, lastAt: T0, reps: 2, lapses: 0 };
    const after = implicitReview(mp, m0, 0.5, T0 + 2 * D);
    expect(after.stability).toBeCloseTo(4 * Math.sqrt(1.2), 10);
    expect(after.lastAt).toBe(T0 + D);
    expect(after.reps).toBe(2);
  });

  it('mastery decays with the fitted curve: faster forgetting, lower mastery later', () => {
    const pass: LearningEvent = { type: 'check-result', exerciseId: 'raw-server', checkId: 'c1', concepts: ['http.request'], passed: true, at: T0 };
    const slow = createModel(graph, defaultParams({ memory: { ...mp, initial: 30, placed: 60 } }));
    const fast = createModel(graph, defaultParams({ memory: { ...mp, initial: 1, placed: 2 } }));
    const later = T0 + 20 * D;
    expect(mastery(applyEvent(initialState(), pass, fast), fast, 'http.request', later)).toBeLessThan(
      mastery(applyEvent(initialState(), pass, slow), slow, 'http.request', later) - 0.1,
    );
  });
});

describe('learner ability', () => {
  it('shifts guess and slip together in logit space', () => {
    const noise = { guess: 0.2, slip: 0.1 };
    const able = personalNoise(noise, { mean: 1, info: 100 }, model.params);
    expect(able.guess).toBeGreaterThan(0.2);
    expect(able.slip).toBeLessThan(0.1);
    expect(personalNoise(noise, { mean: 0, info: 0 }, model.params)).toEqual(noise);
  });

  it('rises for a learner who passes more than the beliefs expect, and raises predictions', () => {
    let s = initialState();
    const events: LearningEvent[] = [];
    for (let i = 0; i < 6; i++) events.push({ type: 'quiz-answer', itemId: `${['js.q-fn', 'http.q-request', 'async.q-callback'][i % 3]}`, concepts: [['js.functions', 'http.request', 'async.callbacks'][i % 3]!], correct: true, kind: 'placement', options: 4, at: T0 + i });
    s = replay(events, model, s);
    expect(s.ability.mean).toBeGreaterThan(0);
    expect(s.ability.info).toBeGreaterThan(0);
    const next: LearningEvent = { type: 'check-result', exerciseId: 'fn-basics', checkId: 'c2', concepts: ['js.closures'], passed: true, at: T0 + 10 };
    const plain = predictSuccess([0.2, 0.5], [{ id: 'js.closures', strength: 1 }, { id: 'js.functions', strength: 0.6 }], model.params.check);
    expect(predictEvent(s, next, model)!).toBeGreaterThan(plain);
  });
});

describe('fitting forgetting from logs', () => {
  /**
   * Learners who know http.request, pass it the same day, then come back after 1 to 8 days:
   * they recall it with probability 2^(-days / 1.5), a far faster forgetting than the
   * cold-start defaults assume.
   */
  function logs(n: number): LearningEvent[][] {
    return Array.from({ length: n }, (_, i) => {
      const rng = mulberry32(deriveSeed(11, i));
      const check = (at: number, passed: boolean): LearningEvent => ({ type: 'check-result', exerciseId: 'raw-server', checkId: 'c1', concepts: ['http.request'], passed, at });
      const days = 1 + Math.floor(rng() * 8);
      const recalls = rng() < Math.pow(2, -days / 1.5);
      const noisy = (knows: boolean) => (knows ? rng() >= 0.1 : rng() < 0.15);
      return [check(T0, noisy(true)), check(T0 + 60_000, noisy(true)), check(T0 + days * D, noisy(recalls))];
    });
  }

  it('shortens stability and makes the data more likely', () => {
    const result = fitParams(logs(200), model, { iterations: 2, fitMemory: true, fitLearn: false, steps: 6 });
    const fitted = result.params.memory;
    const defaults = model.params.memory;
    expect(result.logLikelihood.after).toBeGreaterThan(result.logLikelihood.before);
    // Either the stability a pass builds or the tail of the curve must shrink.
    expect(fitted.placed * fitted.growth < defaults.placed * defaults.growth || fitted.decay > defaults.decay).toBe(true);
  });
});
