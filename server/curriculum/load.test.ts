import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadCurriculum, uncoveredConcepts } from './load.ts';
import type { Problem } from './load.ts';

const fixture = (name: string): string => join(import.meta.dirname, 'fixtures', name);

function problemsOf(name: string): Problem[] {
  const result = loadCurriculum(fixture(name));
  if (result.ok) throw new Error(`fixture ${name} loaded without problems`);
  return result.problems;
}

/** The parts of a problem a fixture pins down; messages are matched loosely. */
const brief = (p: Problem): [string, string, number | undefined] => [p.rule, p.file, p.line];

describe('loadCurriculum on fixtures', () => {
  it('loads the valid fixture into topics in roadmap order with a concept index', () => {
    const result = loadCurriculum(fixture('valid'));
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const { topics, concepts, roadmap } = result.curriculum;
    expect(roadmap.id).toBe('fixture');
    expect(topics.map((t) => t.topic.id)).toEqual(['alpha', 'beta']);
    expect(topics[1]!.lesson.frontMatter.concepts).toEqual(['beta.two']);
    expect(topics[1]!.lesson.body).toContain('# Beta');
    expect(concepts.get('beta.two')).toMatchObject({ topic: 'beta', requires: ['alpha.one'] });
    expect(uncoveredConcepts(result.curriculum)).toEqual([]);
  });

  // One fixture per rule: [fixture, rule, file, line, message fragment].
  const cases: [string, string, string, number | undefined, string][] = [
    ['yaml-syntax', 'yaml-syntax', 'topics/alpha/quiz.yaml', 5, 'Flow sequence'],
    ['schema-unknown-key', 'schema', 'topics/beta/topic.yaml', 7, 'unknown key "difficulty"'],
    ['schema-nested-key', 'schema', 'topics/alpha/quiz.yaml', 14, 'items[0].options[1]: unknown key "hint"'],
    ['schema-missing-key', 'schema', 'topics/alpha/quiz.yaml', 2, 'items[0].explanation'],
    ['front-matter', 'front-matter', 'topics/alpha/lesson.md', 1, 'front matter'],
    ['missing-file', 'missing-file', 'topics/beta/lesson.md', undefined, 'missing file'],
    ['id-mismatch', 'id-mismatch', 'topics/alpha/topic.yaml', 1, '"alfa" must equal its directory name "alpha"'],
    ['duplicate-id', 'duplicate-id', 'topics/beta/topic.yaml', 12, 'first declared at topics/beta/topic.yaml:8'],
    ['duplicate-quiz-id', 'duplicate-id', 'topics/alpha/quiz.yaml', 14, 'quiz item id "alpha.q-one"'],
    ['unknown-prerequisite', 'unknown-prerequisite', 'topics/beta/topic.yaml', 6, '"gamma"'],
    ['unknown-requires', 'unknown-requires', 'topics/beta/topic.yaml', 11, '"alpha.uno"'],
    ['requires-outside-prerequisites', 'requires-outside-prerequisites', 'topics/beta/topic.yaml', 11, 'not a (transitive) prerequisite'],
    ['topic-cycle', 'topic-cycle', 'topics/alpha/topic.yaml', 6, 'alpha → beta → alpha'],
    ['concept-cycle', 'concept-cycle', 'topics/alpha/topic.yaml', 11, 'alpha.one → alpha.three → alpha.two → alpha.one'],
    ['correct-options', 'correct-options', 'topics/alpha/quiz.yaml', 7, 'exactly 1 correct option (has 2)'],
    ['correct-options-multiple', 'correct-options', 'topics/alpha/quiz.yaml', 7, 'at least 2 correct'],
    ['concept-out-of-scope', 'concept-out-of-scope', 'topics/alpha/quiz.yaml', 5, 'belongs to topic "beta"'],
    ['unknown-quiz-concept', 'unknown-quiz-concept', 'topics/alpha/quiz.yaml', 5, '"alpha.won"'],
    ['unknown-lesson-concept', 'unknown-lesson-concept', 'topics/alpha/lesson.md', 4, '"alpha.zero"'],
    ['lesson-missing-concept', 'lesson-missing-concept', 'topics/alpha/lesson.md', 4, '"alpha.extra"'],
    ['orphan-concept', 'orphan-concept', 'topics/alpha/topic.yaml', 11, '"alpha.extra"'],
    ['roadmap-missing-topic', 'roadmap-missing-topic', 'roadmap.yaml', 3, '"gamma"'],
    ['roadmap-unlisted-topic', 'roadmap-unlisted-topic', 'topics/beta/topic.yaml', 1, '"beta" is not listed'],
    ['roadmap-level', 'roadmap-level', 'roadmap.yaml', 4, 'listed under advanced'],
    ['roadmap-order', 'roadmap-order', 'roadmap.yaml', 3, '"alpha" (order 1) is listed after "beta"'],
  ];

  it.each(cases)('fixture %s reports exactly one %s problem', (name, rule, file, line, message) => {
    const problems = problemsOf(name);
    expect(problems.map(brief)).toEqual([[rule, file, line]]);
    expect(problems[0]!.message).toContain(message);
  });

  it('reports both bad references of a roadmap rule', () => {
    expect(problemsOf('unknown-rule-ref').map(brief)).toEqual([
      ['unknown-rule-ref', 'roadmap.yaml', 9],
      ['unknown-rule-ref', 'roadmap.yaml', 10],
    ]);
  });

  it('reports every problem of a folder with several, not just the first', () => {
    expect(problemsOf('many-problems').map(brief)).toEqual([
      ['roadmap-missing-topic', 'roadmap.yaml', 3],
      ['correct-options', 'topics/alpha/quiz.yaml', 7],
      ['schema', 'topics/alpha/topic.yaml', 7],
      ['unknown-lesson-concept', 'topics/beta/lesson.md', 4],
      ['unknown-prerequisite', 'topics/beta/topic.yaml', 6],
    ]);
  });

  it('counts coverage supplied by the caller (exercises) against orphans', () => {
    expect(loadCurriculum(fixture('orphan-concept'), { coverage: ['alpha.extra'] }).ok).toBe(true);
    const result = loadCurriculum(fixture('orphan-concept'), { checkOrphans: false });
    if (!result.ok) throw new Error('expected the orphan check to be skipped');
    expect(uncoveredConcepts(result.curriculum)).toEqual(['alpha.extra']);
    expect(uncoveredConcepts(result.curriculum, ['alpha.extra'])).toEqual([]);
  });

  it('reports a missing curriculum folder instead of throwing', () => {
    expect(problemsOf('does-not-exist').map((p) => p.rule)).toEqual(['missing-file', 'missing-file']);
  });

  it('formats a problem as file:line:column, message and rule', () => {
    expect(formatProblem({ file: 'a.yaml', line: 3, column: 5, message: 'bad', rule: 'schema' })).toBe('a.yaml:3:5  bad  [schema]');
  });
});
