// Grading phase of the checker: every exercise's reference solution, starter and wrong
// solutions go through the real grader in pooled child processes (isolated-vm needs
// --no-node-snapshot, which neither Vitest workers nor a plain `node` have), then the
// reports are compared with what the exercise promises.
import { availableParallelism } from 'node:os';
import { createGraderPool } from '../grader/pool/index.ts';
import type { JobResult } from '../grader/pool/index.ts';
import { checkLine } from './exercises-read.ts';
import type { ExerciseFiles } from './exercises-read.ts';
import { problemAt } from './source.ts';
import type { Problem } from './source.ts';

/** One file of one exercise to grade; `file` is relative to `dir` (e.g. `wrong/always-200.ts`). */
export interface GradingJob {
  dir: string;
  file: string;
}

export interface GradedCheck {
  id: string;
  passed: boolean;
  notRun: boolean;
  message?: string;
}

export type GradingOutcome =
  | { kind: 'load-error'; message: string }
  | {
      kind: 'graded';
      status: 'pass' | 'fail' | 'error';
      error?: { kind: string; message: string; line?: number };
      checks: GradedCheck[];
    };

export interface GradeOptions {
  /** Grading processes at once. Default: available parallelism, at most 4 (each may hold a ~500 MB PGlite). */
  workers?: number;
}

export async function gradeExercises(exercises: ExerciseFiles[], options: GradeOptions = {}): Promise<{ problems: Problem[]; gradings: number }> {
  const plans = exercises.map((ex) => ({ ex, jobs: jobsOf(ex) }));
  const total = plans.reduce((n, p) => n + p.jobs.length, 0);
  if (total === 0) return { problems: [], gradings: 0 };
  const pool = createGraderPool({
    workerScript: new URL('./grading-worker.ts', import.meta.url),
    size: Math.max(1, Math.min(options.workers ?? Math.min(availableParallelism(), 4), total)),
    spares: 0,
    maxQueue: total,
    // Generous: the first SQL grading in a process boots PGlite (seconds) before the
    // grader's own wall-time limit even starts.
    deadlineMs: 60_000,
    rssLimitBytes: 1536 * 1024 * 1024,
    // Disposed isolates leave memory behind; fresh processes keep a long check run healthy.
    recycleAfterJobs: 40,
  });
  try {
    const results = await Promise.all(
      plans.map(async ({ ex, jobs }) => {
        const outcomes = await Promise.all(jobs.map((job) => pool.run<GradingOutcome>({ dir: job.dir, file: job.file }).catch(toFailure)));
        return judge(ex, new Map(jobs.map((job, i) => [job.file, outcomes[i]!])));
      }),
    );
    return { problems: results.flat(), gradings: total };
  } finally {
    await pool.close();
  }
}

function jobsOf(ex: ExerciseFiles): GradingJob[] {
  const files = ['solution.ts', 'starter.ts', ...(ex.meta?.wrong ?? []).map((w) => `wrong/${w.file}`)];
  return files.map((file) => ({ dir: ex.dir, file }));
}

function toFailure(error: unknown): JobResult<GradingOutcome> {
  return { ok: false, reason: 'error', detail: (error as Error).message };
}

/** Compares the reports of one exercise with its promises; every difference is a problem. */
function judge(ex: ExerciseFiles, results: Map<string, JobResult<GradingOutcome>>): Problem[] {
  const out: Problem[] = [];
  const graded = new Map<string, Extract<GradingOutcome, { kind: 'graded' }>>();
  for (const [file, result] of results) {
    const where = `${ex.slug}/${file}`;
    if (!result.ok) out.push({ file: where, message: `could not be graded (${result.reason}): ${result.detail}`, rule: 'grading-failed' });
    else if (result.value.kind === 'load-error') out.push({ file: `${ex.slug}/exercise.yaml`, message: `the grader refuses this exercise: ${result.value.message}`, rule: 'grader-load' });
    else graded.set(file, result.value);
  }
  // A grader that refuses the exercise fails every job the same way; one report is enough.
  const unique = out.filter((p, i) => p.rule !== 'grader-load' || out.findIndex((q) => q.rule === 'grader-load') === i);

  const solution = graded.get('solution.ts');
  if (solution && solution.status !== 'pass') {
    const file = `${ex.slug}/solution.ts`;
    if (solution.error) unique.push({ file, ...(solution.error.line ? { line: solution.error.line } : {}), message: `the reference solution does not grade: ${solution.error.message}`, rule: 'solution-fails' });
    for (const c of solution.checks.filter((c) => !c.passed && !c.notRun)) {
      unique.push({ file, message: `the reference solution fails check "${c.id}": ${c.message ?? 'failed'}`, rule: 'solution-fails' });
    }
  }
  const starter = graded.get('starter.ts');
  if (starter?.status === 'pass') {
    unique.push({ file: `${ex.slug}/starter.ts`, message: 'the starter passes every check; it must fail at least one', rule: 'starter-passes' });
  }
  unique.push(...judgeWrong(ex, graded));
  return unique;
}

function judgeWrong(ex: ExerciseFiles, graded: Map<string, Extract<GradingOutcome, { kind: 'graded' }>>): Problem[] {
  const out: Problem[] = [];
  const { meta, metaSource: source } = ex;
  if (!meta || !source) return out;
  const failedSomewhere = new Set<string>();
  let allGraded = true;
  meta.wrong.forEach((w, i) => {
    const report = graded.get(`wrong/${w.file}`);
    if (!report) {
      allGraded = false;
      return;
    }
    if (report.status === 'error') {
      // Nothing ran, so it fails every check for the wrong reason: it teaches nothing.
      const message = `wrong/${w.file} does not grade (${report.error?.kind ?? 'error'}: ${report.error?.message ?? 'no checks ran'}); a wrong solution must run and fail checks`;
      out.push({ file: `${ex.slug}/wrong/${w.file}`, ...(report.error?.line ? { line: report.error.line } : {}), message, rule: 'wrong-error' });
      allGraded = false;
      return;
    }
    const failed = report.checks.filter((c) => !c.passed).map((c) => c.id);
    for (const id of failed) failedSomewhere.add(id);
    const extra = failed.filter((id) => !w.fails.includes(id));
    const missing = w.fails.filter((id) => !failed.includes(id));
    if (extra.length === 0 && missing.length === 0) return;
    const parts = [
      ...(extra.length ? [`also fails ${extra.map((id) => `"${id}"`).join(', ')}`] : []),
      ...(missing.length ? [`passes ${missing.map((id) => `"${id}"`).join(', ')}`] : []),
    ];
    out.push(problemAt(source, ['wrong', i, 'fails'], 'wrong-mismatch', `wrong/${w.file} ${parts.join(' and ')} (declared: ${w.fails.join(', ')}; actually fails: ${failed.join(', ') || 'nothing'})`));
  });
  // Only judge "never fails" on complete evidence, otherwise a crash would blame every check.
  if (!allGraded) return out;
  for (const check of ex.checks ?? []) {
    if (failedSomewhere.has(check.id)) continue;
    const line = checkLine(ex, check.id);
    out.push({ file: `${ex.slug}/checks.ts`, ...(line ? { line } : {}), message: `no wrong solution fails check "${check.id}": add one that shows the mistake it catches`, rule: 'check-never-fails' });
  }
  return out;
}
