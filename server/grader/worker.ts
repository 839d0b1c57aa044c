// A grader worker process (started by the pool with --no-node-snapshot): loads exercises
// once, gives SQL exercises a fresh PGlite schema per grading, and grades in isolated-vm.
import { gradeInIsolate } from './grade.ts';
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
    await database?.close();
  }
}

// Warm before saying ready, so a submission never pays for the snapshot or PGlite boot.
await getSnapshot();
if (process.env.STEPWISE_GRADER_SQL === '1') await warmUp();
serveJobs((job) => grade(job as unknown as GradeJob));
