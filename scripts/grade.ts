// `npm run --silent grade -- <exercise-id-or-dir> <solution-file>`: grades one file exactly
// as the API does (worker process, isolated-vm, PGlite for SQL) and prints the report.
// Exit 0 pass, 1 fail, 2 error, 64 usage.
import { readFile } from 'node:fs/promises';
import { loadExercise } from '../server/grader/exercise.ts';
import { createPooledGrader } from '../server/grader/service.ts';

const [target, file] = process.argv.slice(2);
if (!target || !file) {
  console.error('usage: npm run --silent grade -- <exercise-id-or-dir> <solution-file>');
  process.exit(64);
}

let exercise;
let code: string;
try {
  exercise = await loadExercise(target);
  code = await readFile(file, 'utf8');
} catch (error) {
  console.error((error as Error).message);
  process.exit(64);
}

const grader = createPooledGrader({ exercises: (id) => (id === exercise.id ? exercise : undefined), size: 1, sqlSize: 1 });
try {
  const report = await grader.grade(exercise.id, code);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  process.exitCode = { pass: 0, fail: 1, error: 2 }[report.status];
} finally {
  await grader.close();
}
