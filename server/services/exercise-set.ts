import path from 'node:path';
import type { Logger } from 'pino';
import { EXERCISES_DIR, listExercises, loadExercise, type LoadedExercise } from '../grader/exercise.ts';

/** Loads every exercise folder; a broken one is logged and left out instead of stopping the server. */
export async function loadExerciseSet(logger: Logger, dir: string = EXERCISES_DIR): Promise<LoadedExercise[]> {
  const loaded: LoadedExercise[] = [];
  for (const slug of await listExercises(dir)) {
    try {
      loaded.push(await loadExercise(slug));
    } catch (error) {
      logger.error({ exercise: path.basename(slug), problem: (error as Error).message }, 'exercise left out: it does not load');
    }
  }
  return loaded;
}
