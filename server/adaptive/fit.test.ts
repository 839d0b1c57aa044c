import { describe, expect, it } from 'vitest';
import { fitParams, paramsWithStats, updateCheckStats } from './fit.ts';
import type { CheckStats } from './fit.ts';
import { buildGraph } from './graph.ts';
import { createModel } from './model.ts';
import { applyEvent, initialState } from './reducer.ts';
import { deriveSeed, mulberry32 } from './rng.ts';
import { fixtureInput } from './fixture.test-data.ts';
import type { LearningEvent } from './types.ts';

const model = createModel(buildGraph(fixtureInput));
const T0 = Date.UTC(2025, 0, 6, 9);

/**
 * Logs from learners who each know http.request or not (50/50) and try the 'answers a GET
 * request' check four times. The check is badly written: those who know it still fail 40%.
 */
function logs(n: number): LearningEvent[][] {
  return Array.from({ length: n }, (_, i) => {
    const rng = mulberry32(deriveSeed(3, i));
    const knows = rng() < 0.5;
    return Array.from({ length: 4 }, (_, k) => ({
      type: 'check-result' as const,
      exerciseId: 'raw-server',
      checkId: 'c1',
      concepts: ['http.request'],
      passed: knows ? rng() >= 0.4 : rng() < 0.1,
      at: T0 + k * 60_000,
    }));
  });
}

describe('parameter fitting', () => {
  it('refits a sloppy check: slip rises, and the data become more likely', () => {
    const result = fitParams(logs(300), model, { iterations: 4, fitLearn: false });
    const fitted = result.params.checks['raw-server#c1']!;
    expect(fitted.slip).toBeGreaterThan(0.25);
    expect(fitted.guess).toBeLessThan(0.2);
    expect(result.logLikelihood.after).toBeGreaterThan(result.logLikelihood.before);
    expect(result.observations).toBe(1200);
  });

  it('is deterministic', () => {
    expect(fitParams(logs(50), model, { iterations: 2 })).toEqual(fitParams(logs(50), model, { iterations: 2 }));
  });

  it('learns check difficulty online from expected counts', () => {
    let stats: CheckStats = {};
    for (const log of logs(300)) {
      let s = initialState();
      for (const e of log) {
        stats = updateCheckStats(stats, s, e, model);
        s = applyEvent(s, e, model);
      }
    }
    const online = paramsWithStats(model.params, stats).checks['raw-server#c1']!;
    expect(online.slip).toBeGreaterThan(model.params.check.slip);
  });
});
