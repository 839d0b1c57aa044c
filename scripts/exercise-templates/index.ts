// Scaffold content per exercise kind. Each template is a small but complete exercise (the
// checker accepts it as generated), so an author starts from something that works and
// changes it step by step, re-running the checker as they go.
import type { ExerciseKind } from '../../server/grader/catalog.ts';
import { async } from './async.ts';
import { auth } from './auth.ts';
import { http } from './http.ts';
import { sql } from './sql.ts';

export interface Template {
  topic: string;
  concepts: string[];
  exports?: string[];
  prompt: string;
  hints: [string, string, string];
  starter: string;
  solution: string;
  wrong: { file: string; misconception: string; fails: string[]; code: string }[];
  /** checks.ts after its import line. */
  checks: string;
  fixturesSql?: string;
}

export const TEMPLATES: Record<ExerciseKind, Template> = { async, http, sql, auth };

export interface ScaffoldInput {
  slug: string;
  kind: ExerciseKind;
  topic?: string;
  /** Import path of server/grader/checks.ts as seen from the new exercise's directory. */
  checksImport: string;
}

/** File path (relative to the exercise directory) → contents. */
export function renderExercise({ slug, kind, topic, checksImport }: ScaffoldInput): Record<string, string> {
  const t = TEMPLATES[kind];
  const title = slug.split('-').join(' ').replace(/^./, (c) => c.toUpperCase());
  const list = (items: string[]) => `[${items.join(', ')}]`;
  const yaml = [
    `id: ${slug}`,
    `title: ${title}`,
    `kind: ${kind}`,
    `topic: ${topic ?? t.topic}`,
    `concepts: ${list(t.concepts)}`,
    'difficulty: 2',
    ...(t.exports ? [`exports: ${list(t.exports)}`] : []),
    'wrong:',
    ...t.wrong.flatMap((w) => [`  - file: ${w.file}`, `    misconception: ${w.misconception}`, `    fails: ${list(w.fails)}`]),
  ];
  const files: Record<string, string> = {
    'exercise.yaml': `# yaml-language-server: $schema=../../curriculum/schemas/exercise.schema.json\n${yaml.join('\n')}\n`,
    'prompt.md': `# ${title}\n\n${t.prompt}`,
    'starter.ts': t.starter,
    'solution.ts': t.solution,
    'checks.ts': `import { defineChecks } from '${checksImport}';\n${t.checks.startsWith('import') ? '' : '\n'}${t.checks}`,
    'hints.yaml': '# yaml-language-server: $schema=../../curriculum/schemas/hints.schema.json\n' + t.hints.map((h) => `- ${JSON.stringify(h)}`).join('\n') + '\n',
  };
  if (t.fixturesSql) files['fixtures.sql'] = t.fixturesSql;
  for (const w of t.wrong) files[`wrong/${w.file}`] = w.code;
  return files;
}
