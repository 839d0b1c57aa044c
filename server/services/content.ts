// The curriculum and the exercises, loaded once and, in development, reloaded when their
// files change. A reload that fails validation is reported and the last good content keeps
// serving, so an instructor's half-typed edit never takes the site down.
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { loadCurriculum, formatProblem, type Curriculum, type Problem } from '../curriculum/load.ts';
import type { LoadedExercise } from '../grader/exercise.ts';
import { loadExerciseSet } from './exercise-set.ts';

export interface Content {
  curriculum: Curriculum;
  exercises: LoadedExercise[];
  exerciseById: ReadonlyMap<string, LoadedExercise>;
  /** Bumped on every successful reload, so derived data (the adaptive graph) can be rebuilt. */
  version: number;
}

export interface ContentStore {
  current(): Content;
  /** Problems of the last load attempt; empty when the content on disk is valid. */
  problems(): readonly Problem[];
  reload(): Promise<boolean>;
  close(): void;
}

export interface ContentOptions {
  curriculumDir: string;
  exercisesDir?: string;
  logger: Logger;
  watch?: boolean;
}

export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(`The curriculum has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.problems = problems;
  }
}

/** Fixed content, for tests and tools that bring their own. */
export function staticContent(curriculum: Curriculum, exercises: LoadedExercise[]): ContentStore {
  const content: Content = { curriculum, exercises, exerciseById: new Map(exercises.map((e) => [e.id, e])), version: 1 };
  return { current: () => content, problems: () => [], reload: async () => true, close: () => undefined };
}

export async function createContentStore(options: ContentOptions): Promise<ContentStore> {
  const { logger } = options;
  let content: Content | undefined;
  let problems: Problem[] = [];
  let version = 0;

  async function load(): Promise<boolean> {
    const exercises = await loadExerciseSet(logger, options.exercisesDir);
    const coverage = exercises.flatMap((exercise) => exercise.checks.flatMap((check) => check.concepts));
    const result = loadCurriculum(options.curriculumDir, { coverage });
    if (!result.ok) {
      problems = result.problems;
      for (const problem of problems) logger.error({ problem: formatProblem(problem) }, 'curriculum problem; keeping the last good version');
      return false;
    }
    problems = [];
    version += 1;
    content = { curriculum: result.curriculum, exercises, exerciseById: new Map(exercises.map((e) => [e.id, e])), version };
    return true;
  }

  if (!(await load())) throw new ContentError(problems);

  const watchers: FSWatcher[] = [];
  if (options.watch) {
    let timer: NodeJS.Timeout | undefined;
    const schedule = () => {
      clearTimeout(timer);
      // Editors write files in bursts; one reload per burst.
      timer = setTimeout(() => {
        void load().then((ok) => ok && logger.info({ version }, 'content reloaded'));
      }, 150);
    };
    for (const dir of [options.curriculumDir, options.exercisesDir].filter((d): d is string => Boolean(d))) {
      watchers.push(watch(path.resolve(dir), { recursive: true }, schedule));
    }
  }

  return {
    current: () => content!,
    problems: () => problems,
    reload: load,
    close: () => {
      for (const watcher of watchers) watcher.close();
    },
  };
}
