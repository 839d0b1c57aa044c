// Grading process for the curriculum checker, run by the grader pool (which starts it with
// --no-node-snapshot, as isolated-vm needs). One job grades one file of one exercise with
// the grader's own loadExercise and gradeInIsolate, so the checker sees exactly what a
// learner's submission would; SQL exercises get a fresh PGlite schema per grading.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { loadExercise } from '../grader/exercise.ts';
import type { LoadedExercise } from '../grader/exercise.ts';
import { gradeWithDatabase } from '../grader/grade-with-database.ts';
import { serveJobs } from '../grader/pool/serve.ts';
import type { GradingJob, GradingOutcome } from './exercises-grade.ts';

const loaded = new Map<string, Promise<LoadedExercise>>();

async function grade(job: GradingJob): Promise<GradingOutcome> {
  if (!loaded.has(job.dir)) loaded.set(job.dir, loadExercise(job.dir));
  let exercise: LoadedExercise;
  try {
    exercise = await loaded.get(job.dir)!;
  } catch (error) {
    return { kind: 'load-error', message: (error as Error).message };
  }
  const code = await readFile(join(job.dir, job.file), 'utf8');
  const report = await gradeWithDatabase({ exercise, files: { [basename(job.file)]: code } });
  const error = report.error;
  return {
    kind: 'graded',
    status: report.status,
    ...(error ? { error: { kind: error.kind, message: error.message, ...(error.location ? { line: error.location.line } : {}) } } : {}),
    checks: report.checks.map((c) => ({ id: c.id, passed: c.passed, notRun: c.kind === 'not-run', ...(c.message ? { message: c.message } : {}) })),
  };
}

serveJobs((job) => grade(job as unknown as GradingJob));
