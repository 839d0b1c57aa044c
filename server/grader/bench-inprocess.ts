// Times gradeInIsolate in this process (run with --no-node-snapshot):
//   node --no-node-snapshot server/grader/bench-inprocess.ts [exercise] [runs] [gapMs]
// gapMs idles between gradings, as a worker does between submissions, so the
// warm isolate for the next one is ready (0 = back to back). It first prints how long a new
// isolate and its context take for each runtime variant.
import ivm from 'isolated-vm';
import { gradeInIsolate } from './grade.ts';
import { VARIANTS } from './runtime/build.ts';
import { loadExercise } from './exercise.ts';
import { getSnapshot } from './runtime/snapshot.ts';

const slug = process.argv[2] ?? 'todos-api';
const runs = Number(process.argv[3] ?? 200);
const gapMs = Number(process.argv[4] ?? 0);
const exercise = await loadExercise(slug);
if (exercise.kind === 'sql' || (exercise.fixturesSql !== undefined)) throw new Error('this script has no database: pick an async or http exercise');
const isolateStart: Record<string, number> = {};
for (const variant of VARIANTS) {
  const snapshot = await getSnapshot(variant);
  let total = 0;
  for (let i = 0; i < 40; i++) {
    const t = performance.now();
    const isolate = new ivm.Isolate({ snapshot, memoryLimit: 64 });
    await isolate.createContext();
    total += performance.now() - t;
    isolate.dispose();
  }
  isolateStart[variant] = Number((total / 40).toFixed(2));
}
console.log(JSON.stringify({ isolateAndContextMs: isolateStart }));
for (let i = 0; i < 10; i++) await gradeInIsolate({ exercise, files: { 'solution.ts': exercise.solution } });

const times: number[] = [];
const started = performance.now();
// All threads of this process: the isolates' own threads as well as this one.
const cpuBefore = process.cpuUsage();
for (let i = 0; i < runs; i++) {
  if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
  const t = performance.now();
  const r = await gradeInIsolate({ exercise, files: { 'solution.ts': exercise.solution } });
  times.push(performance.now() - t);
  if (r.status !== 'pass') throw new Error(`run ${i}: ${r.status}`);
}
const total = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1);
console.log(JSON.stringify({
  exercise: slug, checks: exercise.checks.length, runs,
  p50ms: Number(pct(50)), p95ms: Number(pct(95)), p99ms: Number(pct(99)),
  gapMs, perSecond: gapMs ? undefined : Number((runs / (total / 1000)).toFixed(1)),
  cpuMsPerGrading: Number(((cpu.user + cpu.system) / 1000 / runs).toFixed(1)),
  rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
}));
