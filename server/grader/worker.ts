// A grader worker process (started by the pool with --no-node-snapshot): loads exercises
// once, gives SQL exercises a fresh PGlite schema per grading, and grades in isolated-vm.
import { gradeWithDatabase } from './grade-with-database.ts';
import type { GradeReport } from './report.ts';
import { loadExercise, type LoadedExercise } from './exercise.ts';
import { serveJobs } from './pool/index.ts';
import { getSnapshot } from './runtime/snapshot.ts';
import { VARIANTS } from './runtime/build.ts';
import { prewarm } from './session.ts';
import { GLOBAL_LIMITS } from './limits.ts';
import { warmUp } from './sql/index.ts';

export interface GradeJob {
  /** Directory of the exercise; `version` changes when its files change, to reload it. */
  exerciseDir: string;
  version: string;
  code: string;
  [key: string]: string;
}

const loaded = new Map<string, Promise<LoadedExercise>>();
function exerciseFor(job: GradeJob): Promise<LoadedExercise> {
  const key = `${job.exerciseDir}@${job.version}`;
  let exercise = loaded.get(key);
  if (!exercise) {
    exercise = loadExercise(job.exerciseDir);
    loaded.set(key, exercise);
  }
  return exercise;
}

async function grade(job: GradeJob) {
  return gradeWithDatabase({ exercise: await exerciseFor(job), files: { 'solution.ts': job.code } }, { closeInBackground: true });
}

// Warm before saying ready, so a submission never pays for the snapshot or PGlite boot.
// SQL workers get only exercises with fixtures, which all serve an app.
for (const variant of process.env.STEPWISE_GRADER_SQL === '1' ? VARIANTS.filter((v) => v !== 'plain') : VARIANTS) {
  await getSnapshot(variant);
  prewarm(variant, GLOBAL_LIMITS.memoryMb);
}
if (process.env.STEPWISE_GRADER_SQL === '1') await warmUp();
// A grading that hit a memory limit (or broke the grader) may leave memory behind in this
// process: the pool replaces it right after the report, instead of every worker after a
// fixed, small number of gradings.
const RETIRE_AFTER = new Set(['memory-limit', 'internal']);
serveJobs((job) => grade(job as unknown as GradeJob), {
  retireAfter: (report) => RETIRE_AFTER.has(String((report as GradeReport | undefined)?.error?.kind)),
});
