import type { Logger } from 'pino';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { EXERCISES_DIR, loadExercise, type LoadedExercise } from '../grader/exercise.ts';

/** Loads every exercise folder; a broken one is logged and left out instead of stopping the server. */
export async function loadExerciseSet(logger: Logger, dir: string = EXERCISES_DIR): Promise<LoadedExercise[]> {
  const loaded: LoadedExercise[] = [];
  for (const entry of (await readdir(dir).catch(() => [])).sort()) {
    const slug = path.join(path.resolve(dir), entry);
    if (!(await stat(slug)).isDirectory()) continue;
    try {
      loaded.push(await loadExercise(slug));
    } catch (error) {
      logger.error({ exercise: entry, problem: (error as Error).message }, 'exercise left out: it does not load');
    }
  }
  return loaded;
}
