// Checks the curriculum and every exercise (or one), printing every problem with file and
// line; exits 1 if there is any, 64 on a usage error.
//   npm run curriculum:check [-- <slug>] [--curriculum <dir>] [--exercises <dir>] [--workers <n>]
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkAll, formatSummary } from './check-all.ts';
import { formatProblem } from './load.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = 'usage: npm run curriculum:check [-- <exercise-slug>] [--curriculum <dir>] [--exercises <dir>] [--workers <n>]';

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(64);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { curriculum: { type: 'string' }, exercises: { type: 'string' }, workers: { type: 'string' } },
  });
} catch (error) {
  usage((error as Error).message);
}
const { values, positionals } = args;
if (positionals.length > 1) usage(`expected at most one exercise slug, got ${positionals.join(' ')}`);
const curriculumDir = resolve(values.curriculum ?? join(REPO, 'curriculum'));
const exercisesDir = resolve(values.exercises ?? join(REPO, 'exercises'));
const only = positionals[0];
if (only !== undefined && !existsSync(join(exercisesDir, only))) usage(`no exercise "${only}" in ${exercisesDir}`);
const workers = values.workers === undefined ? undefined : Number(values.workers);
if (workers !== undefined && !(Number.isInteger(workers) && workers > 0)) usage('--workers must be a positive integer');

const { problems, summary } = await checkAll({
  curriculumDir,
  exercisesDir,
  baseDir: process.cwd(),
  ...(only === undefined ? {} : { only }),
  ...(workers === undefined ? {} : { workers }),
});
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s); checked ${formatSummary(summary)}`);
  process.exitCode = 1;
} else {
  console.log(`content OK: ${formatSummary(summary)}`);
}
