// What learners may see of an exercise: never the solution, the wrong solutions or the
// check code, only the check titles and concepts.
import type { LoadedExercise } from '../grader/exercise.ts';

export interface ExerciseSummary {
  id: string;
  title: string;
  kind: LoadedExercise['kind'];
  topic: string;
  concepts: string[];
  difficulty: number;
}

export interface ExerciseView extends ExerciseSummary {
  prompt: string;
  starter: string;
  checks: { id: string; title: string; concepts: string[] }[];
  hintCount: number;
}

export interface ExerciseCatalogue {
  list(): ExerciseSummary[];
  get(id: string): ExerciseView | undefined;
  hint(id: string, index: number): string | undefined;
}

/** Reads through `source` on every call, so reloaded content is seen at once. */
export function createExerciseCatalogue(source: () => readonly LoadedExercise[]): ExerciseCatalogue {
  const find = (id: string) => source().find((exercise) => exercise.id === id);
  const summary = (e: LoadedExercise): ExerciseSummary => ({ id: e.id, title: e.title, kind: e.kind, topic: e.topic, concepts: e.concepts, difficulty: e.difficulty });
  return {
    list: () => source().map(summary),
    get: (id) => {
      const e = find(id);
      if (!e) return undefined;
      return {
        ...summary(e),
        prompt: e.prompt,
        starter: e.starter,
        checks: e.checks.map((check) => ({ id: check.id, title: check.title, concepts: [...check.concepts] })),
        hintCount: e.hints.length,
      };
    },
    hint: (id, index) => find(id)?.hints[index],
  };
}
