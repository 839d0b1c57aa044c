// npm run bench:observer [-- <learners> <particles>]: how far the engine's predictions are
// from the best any observer of the simulator could do. For the first learners of both
// cold-start scenarios (the same runs as bench:adaptive), it prints the AUC of the engine,
// of the exact-model particle filter (observer.ts) and of the hidden-state ceiling. The
// filter's AUC grows with its particles towards the optimum, so it is a lower bound on it.
// Slow by design (about 3 s per learner at 1000 particles), hence apart from bench:adaptive.
import { loadBench, observedColdStart } from './scenarios.ts';

const learners = Number(process.argv[2] ?? 20);
const particles = Number(process.argv[3] ?? 1000);
const started = performance.now();
const bench = await loadBench();
console.log(`Exact-model observer: first ${learners} learners of each cold-start scenario, ${particles} particles`);
for (const [label, messy] of [['clean tags', false], ['15% mis-tagged', true]] as const) {
  const r = observedColdStart(bench, label, messy, learners, particles);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    `[${label}] AUC over ${r.checks} checks: engine ${r.engine.toFixed(3)}, observer ${r.observer.toFixed(3)}, hidden-state ceiling ${r.ceiling.toFixed(3)}; ` +
      `engine/observer ${pct(r.engine / r.observer)}, engine/ceiling ${pct(r.engine / r.ceiling)}, observer/ceiling ${pct(r.observer / r.ceiling)}`,
  );
}
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`);
