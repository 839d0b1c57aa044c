// One grading as every grading process runs it: an exercise with fixtures (SQL, and auth
// exercises that keep users in a table) gets a fresh PGlite schema, closed afterwards.
import type { LoadedExercise } from './exercise.ts';
import { gradeInIsolate, type GradeInput } from './grade.ts';
import type { GradeReport } from './report.ts';
import { openGradingDatabase } from './sql/index.ts';

export async function gradeWithDatabase(
  input: Omit<GradeInput, 'exercise' | 'sqlQuery'> & { exercise: LoadedExercise },
  options: { closeInBackground?: boolean } = {},
): Promise<GradeReport> {
  const fixtures = input.exercise.fixturesSql;
  const database = fixtures !== undefined ? await openGradingDatabase(fixtures) : undefined;
  try {
    return await gradeInIsolate({ ...input, ...(database ? { sqlQuery: database.query } : {}) });
  } finally {
    // In a pool worker the report need not wait for the clean-up: the next grading's
    // openGradingDatabase() waits for it before it gets the database.
    if (options.closeInBackground) void database?.close();
    else await database?.close();
  }
}
