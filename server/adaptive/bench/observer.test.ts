import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph.ts';
import { fixtureInput } from '../fixture.test-data.ts';
import { mulberry32 } from '../rng.ts';
import { ExactObserver, watchLearner } from './observer.ts';
import type { Watched } from './observer.ts';
import { createWorld, SimLearner } from './sim.ts';

const world = createWorld(buildGraph(fixtureInput), mulberry32(5));
const T0 = Date.UTC(2025, 0, 6, 9);
// Newcomers of this little world: half know HTTP requests, nobody knows anything else.
const spawn = (rng: () => number) => {
  const l = new SimLearner(world, rng, T0);
  if (rng() < 0.5) l.setKnown('http.request', true);
  return l;
};
const check = 'raw-server#c1';

describe('exact-model observer', () => {
  it('starts from the prior and learns from outcomes which hidden state it faces', () => {
    const observer = new ExactObserver(mulberry32(1), 2000, spawn);
    const prior = observer.predict(check, 0);
    // Half know it (P about 0.9 for an average learner), half do not (about 0.14).
    expect(prior).toBeGreaterThan(0.4);
    expect(prior).toBeLessThan(0.65);
    for (let k = 0; k < 4; k++) observer.observe(check, 0, 0, true);
    expect(observer.predict(check, 0)).toBeGreaterThan(0.8);

    const doubter = new ExactObserver(mulberry32(1), 2000, spawn);
    for (let k = 0; k < 4; k++) doubter.observe(check, 0, 0, false);
    expect(doubter.predict(check, 0)).toBeLessThan(0.3);
  });

  it('follows a watched learner and records each check before its outcome', () => {
    const rng = mulberry32(9);
    const learner = spawn(rng);
    const observer = new ExactObserver(mulberry32(2), 500, spawn);
    const sink: Watched = { predicted: [], outcome: [] };
    watchLearner(learner, observer, sink);
    const outcomes = [0, 1, 2].map(() => learner.attempt(check, 0, 0.2).success);
    learner.attempt('http.q-request', 0.25, 0); // a quiz item: observed, not recorded
    expect(sink.outcome).toEqual(outcomes.map((s) => (s ? 1 : 0)));
    expect(sink.predicted).toHaveLength(3);
    for (const p of sink.predicted) {
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
    }
  });
});
