// The exercise rules of the content checker, one broken fixture per rule. Each fixture
// folder under fixtures/exercises/ is an exercises root checked against the small
// curriculum in fixtures/exercises/_curriculum, whose concept express.routes no quiz
// covers (so every fixture's exercise must, or the orphan rule fires).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkAll } from './check-all.ts';
import type { Problem } from './source.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures/exercises');
const run = promisify(execFile);

const check = (name: string, only?: string) =>
  checkAll({
    curriculumDir: join(FIXTURES, '_curriculum'),
    exercisesDir: join(FIXTURES, name),
    baseDir: FIXTURES,
    workers: 1,
    ...(only === undefined ? {} : { only }),
  });

const brief = (p: Problem): [string, string, number | undefined] => [p.rule, p.file, p.line];

describe('the exercise rules on fixtures', () => {
  it('accepts the valid fixture after grading solution, starter and both wrong solutions', async () => {
    const { problems, summary } = await check('valid');
    expect(problems).toEqual([]);
    expect(summary).toMatchObject({ topics: 2, concepts: 5, checks: 4, gradings: 4, exercises: { http: 1, async: 0 } });
  });

  // [fixture, rule, file, line, message fragment]
  const cases: [string, string, string, number | undefined, string][] = [
    ['schema-unknown-key', 'schema', 'schema-unknown-key/greetings/exercise.yaml', 7, 'unknown key "level"'],
    ['hint-count', 'schema', 'hint-count/greetings/hints.yaml', 1, 'exactly 3 hints, from a nudge to nearly the answer (has 2)'],
    ['unknown-concept', 'unknown-concept', 'unknown-concept/greetings/exercise.yaml', 5, 'unknown concept "express.routing"'],
    ['orphan-concept', 'orphan-concept', '_curriculum/topics/express/topic.yaml', 8, 'no quiz item or exercise covers concept "express.routes"'],
    ['solution-fails', 'solution-fails', 'solution-fails/greetings/solution.ts', undefined, 'fails check "says-hello": the body: expected { message: \'hello\' }'],
    ['starter-passes', 'starter-passes', 'starter-passes/greetings/starter.ts', undefined, 'the starter passes every check'],
    [
      'wrong-mismatch',
      'wrong-mismatch',
      'wrong-mismatch/greetings/exercise.yaml',
      13,
      'wrong/always-200.ts also fails "rejects-missing-name" (declared: creates-greeting; actually fails: creates-greeting, rejects-missing-name)',
    ],
    ['check-never-fails', 'check-never-fails', 'check-never-fails/greetings/checks.ts', 44, 'no wrong solution fails check "name-route-answers"'],
  ];

  it.each(cases)('fixture %s reports exactly one %s problem', async (name, rule, file, line, message) => {
    const { problems } = await check(name);
    expect(problems.map(brief)).toEqual([[rule, file, line]]);
    expect(problems[0]!.message).toContain(message);
  });

  it('reports a duplicate id where it is repeated, pointing back at the first', async () => {
    const { problems } = await check('duplicate-id');
    expect(problems.map(brief)).toEqual([
      ['duplicate-id', 'duplicate-id/greetings-copy/exercise.yaml', 1],
      ['id-mismatch', 'duplicate-id/greetings-copy/exercise.yaml', 1],
    ]);
    expect(problems[0]!.message).toBe('duplicate exercise id "greetings" (first declared at greetings/exercise.yaml:1)');
  });

  it('reports missing files, unknown check ids and undeclared wrong solutions', async () => {
    const { problems } = await check('file-rules');
    expect(problems.map(brief)).toEqual([
      ['unknown-check', 'file-rules/greetings/exercise.yaml', 10],
      ['missing-file', 'file-rules/greetings/starter.ts', undefined],
      ['undeclared-wrong', 'file-rules/greetings/wrong/forgotten.ts', undefined],
    ]);
    expect(problems[0]!.message).toBe('wrong/text-and-query.ts lists unknown check "says-helo"');
  });

  it('reports every problem of an exercise at once, including cross-checks of a file that fails its schema', async () => {
    const { problems } = await check('many-problems');
    expect(problems.map(brief)).toEqual([
      ['unknown-concept', 'many-problems/greetings/exercise.yaml', 5],
      ['schema', 'many-problems/greetings/exercise.yaml', 7],
      ['schema', 'many-problems/greetings/hints.yaml', 1],
    ]);
  });

  it('checks one exercise alone, without the rules that need all of them', async () => {
    // Alone, greetings-copy has no duplicate and nothing else covers express.routes, yet
    // neither is reported: only its own problems are.
    const { problems, summary } = await check('duplicate-id', 'greetings-copy');
    expect(problems.map(brief)).toEqual([['id-mismatch', 'duplicate-id/greetings-copy/exercise.yaml', 1]]);
    expect(summary.gradings).toBe(0);
  });
});

describe('the curriculum:check command', () => {
  const cli = join(import.meta.dirname, 'cli.ts');
  const args = (name: string) => [cli, '--curriculum', join(FIXTURES, '_curriculum'), '--exercises', join(FIXTURES, name)];

  it('prints file:line, message and rule for each problem and exits 1', async () => {
    const failure = await run(process.execPath, args('hint-count'), { cwd: FIXTURES }).catch((e: unknown) => e as { code: number; stderr: string });
    expect(failure).toMatchObject({ code: 1 });
    const { stderr } = failure as { stderr: string };
    expect(stderr).toContain('hint-count/greetings/hints.yaml:1:1  must list exactly 3 hints');
    expect(stderr).toMatch(/1 problem\(s\); checked 2 topics, 5 concepts, 2 quiz items; 1 exercises \(0 async, 1 http, 0 sql, 0 auth\), 4 checks; 0 gradings in [\d.]+ s/);
  });

  it('prints a summary and exits 0 on valid content', async () => {
    const { stdout } = await run(process.execPath, args('valid'));
    expect(stdout).toMatch(/^content OK: 2 topics, 5 concepts, 2 quiz items; 1 exercises \(0 async, 1 http, 0 sql, 0 auth\), 4 checks; 4 gradings in [\d.]+ s\n$/);
  });

  it('exits 64 for an exercise that does not exist', async () => {
    const failure = await run(process.execPath, [...args('valid'), 'no-such-exercise']).catch((e: unknown) => e as { code: number; stderr: string });
    expect(failure).toMatchObject({ code: 64 });
    expect((failure as { stderr: string }).stderr).toContain('no exercise "no-such-exercise"');
  });
});
