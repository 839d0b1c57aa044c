// A grader worker process (started by the pool with --no-node-snapshot): loads exercises
// once, gives SQL exercises a fresh PGlite schema per grading, and grades in isolated-vm.
import { gradeInIsolate } from './grade.ts';
import type { GradeReport } from './report.ts';
import { loadExercise, type LoadedExercise } from './exercise.ts';
import { serveJobs } from './pool/index.ts';
import { getSnapshot } from './runtime/snapshot.ts';
import { openGradingDatabase, warmUp } from './sql/index.ts';

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
  const exercise = await exerciseFor(job);
  // Auth exercises may keep their users in a database too: any exercise with fixtures gets one.
  const database = exercise.fixturesSql !== undefined ? await openGradingDatabase(exercise.fixturesSql) : undefined;
  try {
    return await gradeInIsolate({ exercise, files: { 'solution.ts': job.code }, ...(database ? { sqlQuery: database.query } : {}) });
  } finally {
    // The report does not wait for the clean-up (it never rejects): the next grading's
    // openGradingDatabase() waits for this one's to finish before it gets the database.
    void database?.close();
  }
}

// Warm before saying ready, so a submission never pays for the snapshot or PGlite boot.
await getSnapshot();
if (process.env.STEPWISE_GRADER_SQL === '1') await warmUp();
// A grading that hit a memory limit (or broke the grader) may leave memory behind in this
// process: the pool replaces it right after the report, instead of every worker after a
// fixed, small number of gradings.
const RETIRE_AFTER = new Set(['memory-limit', 'internal']);
serveJobs((job) => grade(job as unknown as GradeJob), {
  retireAfter: (report) => RETIRE_AFTER.has(String((report as GradeReport | undefined)?.error?.kind)),
});
