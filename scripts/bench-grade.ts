// `npm run bench:grade`: grading latency and throughput through the same worker pools the
// API uses, one at a time and with 16 concurrent submitters, against the conventional way
// (a fresh `node --test` process running the same checks) measured in the same run.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadExercise, type LoadedExercise } from '../server/grader/exercise.ts';
import { createPooledGrader } from '../server/grader/service.ts';

const root = path.resolve(import.meta.dirname, '..');
const kinds = { http: 'todos-api', async: 'fetch-users-parallel', sql: 'products-crud-sql', auth: 'admin-roles', 'auth+db': 'signup-login-jwt' } as const;
type Kind = keyof typeof kinds;
const SEQUENTIAL_RUNS = Number(process.env.BENCH_RUNS ?? 60);
const SUBMITTERS = 16;
const PER_SUBMITTER = Number(process.env.BENCH_PER_SUBMITTER ?? 20);
const CONVENTIONAL_RUNS = Number(process.env.BENCH_CONVENTIONAL_RUNS ?? 5);

const exercises = new Map<string, LoadedExercise>();
for (const slug of Object.values(kinds)) exercises.set(slug, await loadExercise(slug));
const grader = createPooledGrader({ exercises: (id) => exercises.get(id), size: 2, sqlSize: 1, maxQueue: 64 });

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');

async function gradeOnce(slug: string): Promise<number> {
  const exercise = exercises.get(slug)!;
  const started = performance.now();
  const report = await grader.grade(slug, exercise.solution);
  const elapsed = performance.now() - started;
  if (report.status !== 'pass') throw new Error(`${slug}: the reference solution did not pass (${report.status}: ${report.error?.message ?? ''})`);
  return elapsed;
}

function workerRssMb(): number {
  try {
    const out = execFileSync('ps', ['-o', 'rss=', '--ppid', String(process.pid)], { encoding: 'utf8' });
    return out.split('\n').filter(Boolean).reduce((sum, line) => sum + Number(line.trim()), 0) / 1024;
  } catch {
    return NaN;
  }
}

/**
 * Proportional set size of the workers: RSS counts the pages of the node binary and shared
 * libraries that every worker maps (~55 MB each) once per worker; PSS splits them.
 */
function workerPssMb(): number {
  try {
    const pids = execFileSync('ps', ['-o', 'pid=', '--ppid', String(process.pid)], { encoding: 'utf8' }).split('\n').map((l) => l.trim()).filter(Boolean);
    let kb = 0;
    for (const pid of pids) {
      try {
        kb += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
      } catch {
        // The process ended meanwhile.
      }
    }
    return kb / 1024;
  } catch {
    return NaN;
  }
}

console.log('warming the pools…');
grader.warm();
for (const slug of Object.values(kinds)) for (let i = 0; i < 5; i++) await gradeOnce(slug);
const idleRss = workerRssMb();
const idlePss = workerPssMb();

console.log(`\n== one at a time (${SEQUENTIAL_RUNS} gradings of each reference solution)`);
console.log('kind      exercise               checks   p50 ms   p95 ms   p99 ms   gradings/s');
const sequentialP50: Partial<Record<Kind, number>> = {};
for (const [kind, slug] of Object.entries(kinds) as [Kind, string][]) {
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < SEQUENTIAL_RUNS; i++) times.push(await gradeOnce(slug));
  const perSecond = SEQUENTIAL_RUNS / ((performance.now() - started) / 1000);
  sequentialP50[kind] = pct(times, 50);
  console.log(`${kind.padEnd(9)} ${slug.padEnd(22)} ${String(exercises.get(slug)!.checks.length).padStart(6)} ${fmt(pct(times, 50)).padStart(8)} ${fmt(pct(times, 95)).padStart(8)} ${fmt(pct(times, 99)).padStart(8)} ${fmt(perSecond).padStart(12)}`);
}

console.log(`\n== ${SUBMITTERS} concurrent submitters, ${PER_SUBMITTER} gradings each, kinds in rotation`);
const byKind = new Map<Kind, number[]>();
let peakRss = idleRss;
let peakPss = idlePss;
// Gradings in flight inside the workers (queued ones hold no isolate), sampled often: the
// memory figure divides by the most that actually ran at once, not by a configured number.
let peakInFlight = 0;
const inFlight = () => (grader.stats().general?.running ?? 0) + (grader.stats().sql?.running ?? 0);
const countSampler = setInterval(() => (peakInFlight = Math.max(peakInFlight, inFlight())), 5);
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, workerRssMb());
  peakPss = Math.max(peakPss, workerPssMb());
}, 200);
const mix: Kind[] = ['http', 'async', 'auth', 'http', 'sql', 'async', 'http', 'auth'];
const started = performance.now();
await Promise.all(
  Array.from({ length: SUBMITTERS }, async (_, submitter) => {
    for (let i = 0; i < PER_SUBMITTER; i++) {
      const kind = mix[(submitter + i) % mix.length]!;
      const elapsed = await gradeOnce(kinds[kind]);
      byKind.set(kind, [...(byKind.get(kind) ?? []), elapsed]);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
clearInterval(countSampler);
const total = SUBMITTERS * PER_SUBMITTER;
console.log('kind      gradings   p50 ms   p95 ms   p99 ms');
for (const [kind, times] of byKind) console.log(`${kind.padEnd(9)} ${String(times.length).padStart(8)} ${fmt(pct(times, 50)).padStart(8)} ${fmt(pct(times, 95)).padStart(8)} ${fmt(pct(times, 99)).padStart(8)}`);
const throughput = total / seconds;
console.log(`throughput: ${fmt(throughput)} gradings/s (${total} in ${fmt(seconds)} s)`);
const concurrent = peakInFlight;
const { general, sql } = grader.stats();
console.log(`worker RSS: ${fmt(idleRss)} MB idle, ${fmt(peakRss)} MB peak with at most ${concurrent} gradings in flight (${general!.size} general workers × ${general!.concurrency} + ${sql!.size} PGlite worker × ${sql!.concurrency}; ${general!.processes + sql!.processes} processes, spares included)`);
console.log(`memory per concurrent grading: ${fmt(peakRss / concurrent)} MB (peak RSS / concurrent gradings), ${fmt((peakRss - idleRss) / concurrent)} MB above idle`);
console.log(`worker PSS (shared pages split between processes): ${fmt(idlePss)} MB idle, ${fmt(peakPss)} MB peak, ${fmt(peakPss / concurrent)} MB per concurrent grading`);
await grader.close();

console.log(`\n== the conventional way: a fresh \`node --test\` process per grading (${CONVENTIONAL_RUNS} runs each)`);
console.log('kind      conventional p50 ms   checks passing   sandbox p50 ms   ratio');
const ratios: number[] = [];
for (const [kind, slug] of Object.entries(kinds) as [Kind, string][]) {
  const times: number[] = [];
  let passing = '';
  for (let i = 0; i < CONVENTIONAL_RUNS; i++) {
    const t = performance.now();
    const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', path.join(root, 'scripts/bench/conventional-run.ts')], {
      cwd: root, encoding: 'utf8', env: { ...process.env, BENCH_EXERCISE_DIR: exercises.get(slug)!.dir, BENCH_SOLUTION: path.join(exercises.get(slug)!.dir, 'solution.ts') },
    });
    times.push(performance.now() - t);
    const pass = /# pass (\d+)/.exec(run.stdout)?.[1];
    const tests = /# tests (\d+)/.exec(run.stdout)?.[1];
    passing = `${pass ?? '?'}/${tests ?? '?'}`;
  }
  const ratio = pct(times, 50) / sequentialP50[kind]!;
  ratios.push(ratio);
  console.log(`${kind.padEnd(9)} ${fmt(pct(times, 50)).padStart(19)} ${passing.padStart(16)} ${fmt(sequentialP50[kind]!).padStart(16)} ${fmt(ratio).padStart(7)}x`);
}

const target = (label: string, ok: boolean, figure: string) => console.log(`${ok ? 'PASS' : 'MISS'}  ${label}: ${figure}`);
console.log('\n== targets');
target('HTTP (8 checks) p50 <= 25 ms', sequentialP50.http! <= 25, `${fmt(sequentialP50.http!)} ms`);
target('SQL p50 <= 40 ms', sequentialP50.sql! <= 40, `${fmt(sequentialP50.sql!)} ms`);
target('auth p50 <= 150 ms', sequentialP50.auth! <= 150, `${fmt(sequentialP50.auth!)} ms (auth with a database: ${fmt(sequentialP50['auth+db']!)} ms)`);
target('>= 60 gradings/s with 16 submitters', throughput >= 60, `${fmt(throughput)} /s`);
target('>= 50x faster than the conventional way', Math.min(...ratios) >= 50, `smallest ratio ${fmt(Math.min(...ratios))}x`);
target('<= 64 MB per concurrent grading', peakRss / concurrent <= 64, `${fmt(peakRss / concurrent)} MB`);
