import type { Logger } from 'pino';
import { listExercises, loadExercise, type LoadedExercise } from '../grader/exercise.ts';

/** Loads every exercise folder; a broken one is logged and left out instead of stopping the server. */
export async function loadExerciseSet(logger: Logger): Promise<LoadedExercise[]> {
  const loaded: LoadedExercise[] = [];
  for (const slug of await listExercises()) {
    try {
      loaded.push(await loadExercise(slug));
    } catch (error) {
      logger.error({ exercise: slug, problem: (error as Error).message }, 'exercise left out: it does not load');
    }
  }
  return loaded;
}
