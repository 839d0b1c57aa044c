// npm run bench:adaptive — the adaptive engine against a fixed roadmap and an oracle on
// simulated learners (see sim.ts for why the simulator is not the engine's model).
// Fixed seeds: the same command prints the same figures. The scenarios run in two worker
// threads with a fixed split (each scenario wholly inside one worker), so the figures do
// not depend on the number of cores.
import { Worker } from 'node:worker_threads';
import { table } from './metrics.ts';
import type { Row } from './metrics.ts';
import { loadBench, SEED, TRAIN } from './scenarios.ts';
import type { Job } from './worker.ts';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 500);
const started = performance.now();
const { truthGraph, fromFiles, curriculum } = await loadBench();

console.log(`Stepwise adaptive benchmark: ${LEARNERS} simulated learners per scenario, seed ${SEED}; parameters fitted on ${TRAIN} separate training learners per cold-start scenario`);
console.log(`Curriculum: ${truthGraph.order.length} concepts in ${truthGraph.topics.size} topics (from files: ${fromFiles.join(', ') || 'none'}; the rest built in), ${truthGraph.quizItems.size} quiz items`);
console.log(
  `Exercises: ${curriculum.realExercises} from exercises/ (${curriculum.realChecks} checks with their concept tags)` +
    (curriculum.skippedExercises.length > 0 ? `, skipped (tags outside the graph): ${curriculum.skippedExercises.join(', ')}` : ''),
);
if (curriculum.synthesizedFor.length > 0)
  console.log(`Synthesized: ${curriculum.synthesizedChecks} checks for the ${curriculum.synthesizedFor.length} concepts no real check is tagged with: ${curriculum.synthesizedFor.join(', ')}`);
console.log();

function run(job: Job): Promise<{ rows: Row[]; notes: string[] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { job, learners: LEARNERS } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`benchmark worker ${job} exited with ${code}`));
    });
  });
}

const [a, b] = await Promise.all([run('clean+gap'), run('messy+placement')]);
// Same order as a sequential run: clean, mis-tagged, hidden gap, placement.
const rows = [...a.rows.slice(0, 7), ...b.rows.slice(0, 7), ...a.rows.slice(7), ...b.rows.slice(7)];
console.log(table(rows));
console.log();
for (const note of [...a.notes, ...b.notes]) console.log(note);
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`);
