// Public surface of the grading runtime (the pool's worker and the API import from here).
export { gradeInIsolate, type GradeInput } from './grade.ts';
export { loadExercise, listExercises, ExerciseError, EXERCISES_DIR, type LoadedExercise, type WrongSolution } from './exercise.ts';
export { GradeReport, CheckResult, statusOf } from './report.ts';
export { GLOBAL_LIMITS, effectiveLimits, type Limits } from './limits.ts';
export { defineChecks, type Check, type CheckContext, type CallResult, type Fake } from './checks.ts';
export { getSnapshot } from './runtime/snapshot.ts';
export type { SqlQuery, SqlResult } from './types.ts';
