// `npm run exercise:new` scaffolds an exercise of each kind that the full checker (grading
// included) accepts as generated, and refuses bad input with exit code 64.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAll } from './check-all.ts';
import { formatProblem } from './load.ts';

const REPO = join(import.meta.dirname, '../..');
const SCRIPT = join(REPO, 'scripts/exercise-new.ts');
// Scaffolds go to a scratch folder next to a node_modules link, so the auth checks can
// import jsonwebtoken the way exercises inside the repository do.
const SCRATCH = mkdtempSync(join(tmpdir(), 'stepwise-exercise-new-'));
const EXERCISES = join(SCRATCH, 'exercises');
mkdirSync(EXERCISES);
symlinkSync(join(REPO, 'node_modules'), join(SCRATCH, 'node_modules'), 'dir');
afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

const run = promisify(execFile);
const scaffold = (...args: string[]) => run(process.execPath, [SCRIPT, ...args, '--dir', EXERCISES]);
const refused = (...args: string[]) => scaffold(...args).then(
  () => { throw new Error(`exercise:new ${args.join(' ')} succeeded`); },
  (e: { code: number; stderr: string }) => e,
);

describe('exercise:new', () => {
  it('scaffolds one exercise of every kind that the checker accepts immediately', async () => {
    for (const kind of ['http', 'async', 'sql', 'auth']) await scaffold(`first-${kind}`, '--kind', kind);
    await scaffold('closures-http', '--kind', 'http', '--topic', 'js-fundamentals');

    expect(existsSync(join(EXERCISES, 'first-sql/fixtures.sql'))).toBe(true);
    expect(existsSync(join(EXERCISES, 'first-http/fixtures.sql'))).toBe(false);
    expect(readFileSync(join(EXERCISES, 'closures-http/exercise.yaml'), 'utf8')).toContain('topic: js-fundamentals\n');

    const { problems, summary } = await checkAll({
      curriculumDir: join(REPO, 'curriculum'),
      exercisesDir: EXERCISES,
      baseDir: SCRATCH,
    });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(summary.exercises).toEqual({ async: 1, http: 2, sql: 1, auth: 1 });
    expect(summary.gradings).toBe(5 * 4);
  }, 120_000);

  it('refuses an existing slug', async () => {
    await scaffold('taken', '--kind', 'http');
    const e = await refused('taken', '--kind', 'async');
    expect(e.code).toBe(64);
    expect(e.stderr).toContain('already exists');
    // The first scaffold is left untouched.
    expect(readFileSync(join(EXERCISES, 'taken/exercise.yaml'), 'utf8')).toContain('kind: http\n');
  });

  it.each([
    [['Bad_Slug', '--kind', 'http'], '"Bad_Slug" is not a valid slug'],
    [['trailing-dash-', '--kind', 'http'], 'not a valid slug'],
    [['--kind', 'http', '--bogus'], "Unknown option '--bogus'"],
    [['no-kind'], 'missing --kind'],
    [['soap-api', '--kind', 'soap'], 'unknown kind "soap"'],
    [['x-api', '--kind', 'http', '--topic', 'cooking'], 'unknown topic "cooking"'],
    [[], 'missing the exercise slug'],
  ])('refuses %j with exit 64', async (args, message) => {
    const e = await refused(...args);
    expect(e.code).toBe(64);
    expect(e.stderr).toContain(message);
    expect(e.stderr).toContain('usage: npm run exercise:new');
  });
});
