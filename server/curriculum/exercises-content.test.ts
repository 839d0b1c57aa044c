// Guards the real content as a whole: the same check as `npm run curriculum:check`, over
// whatever exercises exist under exercises/ (authors add them all the time), grading
// included. A failure lists every problem with file and line, like the command does.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { checkAll } from './check-all.ts';
import { exerciseSlugs } from './exercises-read.ts';
import { formatProblem } from './load.ts';

const REPO = join(import.meta.dirname, '../..');

it('the real curriculum and every exercise pass the full check', async () => {
  const exercisesDir = join(REPO, 'exercises');
  const { problems, summary } = await checkAll({ curriculumDir: join(REPO, 'curriculum'), exercisesDir, baseDir: REPO });
  expect(problems.map(formatProblem)).toEqual([]);
  // Every exercise was graded: its solution, its starter and at least two wrong solutions.
  expect(summary.gradings).toBeGreaterThanOrEqual(exerciseSlugs(exercisesDir).length * 4);
}, 600_000);
