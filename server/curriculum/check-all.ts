// The whole content check behind `npm run curriculum:check`: the curriculum's own rules,
// then every exercise read, cross-checked against the curriculum, and graded. Nothing stops
// at the first problem; exercises with problems of their own are simply not graded (the
// grader would refuse them anyway).
import { relative, resolve, sep } from 'node:path';
import { KINDS } from '../grader/catalog.ts';
import type { ExerciseKind } from '../grader/catalog.ts';
import { checkWorkspace } from './checks.ts';
import { checkExerciseRefs } from './exercises-check.ts';
import { gradeExercises } from './exercises-grade.ts';
import { exerciseSlugs, readExercise, stringAt } from './exercises-read.ts';
import type { Problem } from './source.ts';
import { readWorkspace } from './workspace.ts';

export interface CheckAllOptions {
  curriculumDir: string;
  exercisesDir: string;
  /** Problem paths are reported relative to this directory (the repository root for the CLI). */
  baseDir: string;
  /** Check only this exercise, plus the curriculum without the coverage rule (one exercise cannot cover everything). */
  only?: string;
  /** Grading processes at once. */
  workers?: number;
}

export interface CheckSummary {
  topics: number;
  concepts: number;
  quizItems: number;
  exercises: Record<ExerciseKind, number>;
  checks: number;
  gradings: number;
  ms: number;
}

export async function checkAll(options: CheckAllOptions): Promise<{ problems: Problem[]; summary: CheckSummary }> {
  const started = performance.now();
  const slugs = options.only === undefined ? exerciseSlugs(options.exercisesDir) : [options.only];
  const exercises = await Promise.all(slugs.map((slug) => readExercise(options.exercisesDir, slug)));

  const ws = readWorkspace(options.curriculumDir);
  const coverage = exercises.flatMap((ex) => ex.rawConcepts);
  const curriculumProblems = [...ws.problems, ...checkWorkspace(ws, { checkOrphans: options.only === undefined, coverage })];
  checkExerciseRefs(exercises, {
    topics: new Set(ws.topics.map((t) => t.dir)),
    concepts: new Set(ws.topics.flatMap((t) => t.declaredConceptIds)),
  });

  const gradable = exercises.filter((ex) => ex.problems.length === 0);
  const graded = await gradeExercises(gradable, options.workers === undefined ? {} : { workers: options.workers });

  const under = (dir: string) => (p: Problem): Problem => ({ ...p, file: displayPath(options.baseDir, resolve(dir, p.file)) });
  const problems = sortProblems([
    ...curriculumProblems.map(under(options.curriculumDir)),
    ...[...exercises.flatMap((ex) => ex.problems), ...graded.problems].map(under(options.exercisesDir)),
  ]);

  const kinds = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<ExerciseKind, number>;
  for (const ex of exercises) {
    const kind = stringAt(ex.rawMeta, 'kind');
    if ((KINDS as readonly string[]).includes(kind ?? '')) kinds[kind as ExerciseKind]++;
  }
  const summary: CheckSummary = {
    topics: ws.topics.length,
    concepts: ws.topics.reduce((n, t) => n + t.declaredConceptIds.length, 0),
    quizItems: ws.topics.reduce((n, t) => n + t.quizItems.length, 0),
    exercises: kinds,
    checks: exercises.reduce((n, ex) => n + (ex.checks?.length ?? 0), 0),
    gradings: graded.gradings,
    ms: Math.round(performance.now() - started),
  };
  return { problems, summary };
}

export function formatSummary(s: CheckSummary): string {
  const total = Object.values(s.exercises).reduce((a, b) => a + b, 0);
  const kinds = Object.entries(s.exercises).map(([k, n]) => `${n} ${k}`).join(', ');
  return (
    `${s.topics} topics, ${s.concepts} concepts, ${s.quizItems} quiz items; ` +
    `${total} exercises (${kinds}), ${s.checks} checks; ${s.gradings} gradings in ${(s.ms / 1000).toFixed(1)} s`
  );
}

/** Relative to `base` with forward slashes; absolute when the file lies outside it. */
function displayPath(base: string, file: string): string {
  const rel = relative(base, file);
  return (rel.startsWith('..') ? file : rel).split(sep).join('/');
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.rule.localeCompare(b.rule),
  );
}
