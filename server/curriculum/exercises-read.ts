// Reading phase for exercises/<slug>/: every file is parsed and checked on its own, and
// every problem is collected (the grader's loadExercise stops at the first). Paths in
// problems are relative to the exercises root, e.g. `todos-api/exercise.yaml`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Check } from '../grader/checks.ts';
import { ExerciseMetaSchema, HintsSchema } from './exercise-schema.ts';
import type { ExerciseMeta } from './exercise-schema.ts';
import { parseYaml, problemAt } from './source.ts';
import type { Problem, Source } from './source.ts';
import { validate } from './validate.ts';

export const MIN_CHECKS = 4;
export const MIN_WRONG = 2;

export interface ExerciseFiles {
  slug: string;
  dir: string;
  metaSource?: Source;
  /** exercise.yaml as parsed, before its schema: ids in it are still cross-checked when the schema fails. */
  rawMeta?: unknown;
  meta?: ExerciseMeta;
  /** Concept ids written in exercise.yaml and checks.ts, even when a schema failed: they count as coverage. */
  rawConcepts: string[];
  checksText?: string;
  checks?: Check[];
  /** Problems of this exercise alone; when there are none it can be graded. */
  problems: Problem[];
}

const REQUIRED = ['exercise.yaml', 'prompt.md', 'starter.ts', 'solution.ts', 'checks.ts', 'hints.yaml'];

/** The exercise directories under `root`, sorted. */
export function exerciseSlugs(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => !name.startsWith('.') && statSync(join(root, name)).isDirectory())
    .sort();
}

export async function readExercise(root: string, slug: string): Promise<ExerciseFiles> {
  const dir = join(root, slug);
  const ex: ExerciseFiles = { slug, dir, rawConcepts: [], problems: [] };
  const out = ex.problems;
  const read = (file: string): string | undefined => {
    const full = join(dir, file);
    if (existsSync(full)) return readFileSync(full, 'utf8');
    out.push({ file: `${slug}/${file}`, message: `missing file ${file}`, rule: 'missing-file' });
    return undefined;
  };
  const texts = Object.fromEntries(REQUIRED.map((file) => [file, read(file)]));

  if (texts['exercise.yaml'] !== undefined) readMeta(ex, texts['exercise.yaml']);
  if (texts['hints.yaml'] !== undefined) {
    const parsed = parseYaml(`${slug}/hints.yaml`, texts['hints.yaml']);
    out.push(...parsed.problems);
    if (parsed.problems.length === 0) out.push(...validate(HintsSchema, parsed.value, parsed.source).problems);
  }
  if (ex.meta?.kind === 'sql') read('fixtures.sql');
  if (texts['checks.ts'] !== undefined) await readChecks(ex, texts['checks.ts']);
  if (ex.meta) checkWrongFolder(ex);
  return ex;
}

function readMeta(ex: ExerciseFiles, text: string): void {
  const parsed = parseYaml(`${ex.slug}/exercise.yaml`, text);
  ex.problems.push(...parsed.problems);
  ex.metaSource = parsed.source;
  ex.rawMeta = parsed.value;
  ex.rawConcepts.push(...stringsAt(parsed.value, 'concepts'));
  if (parsed.problems.length > 0) return;
  const result = validate(ExerciseMetaSchema, parsed.value, parsed.source);
  ex.problems.push(...result.problems);
  ex.meta = result.data;
  const meta = result.data;
  if (!meta) return;
  if (meta.id !== ex.slug) {
    ex.problems.push(problemAt(parsed.source, ['id'], 'id-mismatch', `exercise id "${meta.id}" must equal its directory name "${ex.slug}"`));
  }
  // The grader calls these by name; an http app is found through its default export instead.
  if (meta.kind === 'async' && !meta.exports?.length) {
    ex.problems.push(problemAt(parsed.source, ['kind'], 'missing-exports', 'an async exercise must list the functions it calls under `exports`'));
  }
  if (meta.wrong.length < MIN_WRONG) {
    ex.problems.push(problemAt(parsed.source, ['wrong'], 'too-few-wrong', `needs at least ${MIN_WRONG} wrong solutions (has ${meta.wrong.length})`, true));
  }
}

async function readChecks(ex: ExerciseFiles, text: string): Promise<void> {
  ex.checksText = text;
  const file = `${ex.slug}/checks.ts`;
  let checks: unknown;
  try {
    checks = ((await import(pathToFileURL(join(ex.dir, 'checks.ts')).href)) as { default?: unknown }).default;
  } catch (error) {
    // defineChecks throws here for a duplicate or malformed check id.
    ex.problems.push({ file, message: `checks.ts does not load: ${(error as Error).message}`, rule: 'checks-module' });
    return;
  }
  if (!Array.isArray(checks) || checks.some((c) => typeof c?.id !== 'string' || typeof c?.run !== 'function' || !Array.isArray(c?.concepts))) {
    ex.problems.push({ file, message: 'checks.ts must `export default defineChecks([...])`', rule: 'checks-module' });
    return;
  }
  ex.checks = checks as Check[];
  for (const check of ex.checks) ex.rawConcepts.push(...check.concepts);
  if (ex.checks.length < MIN_CHECKS) {
    ex.problems.push({ file, line: 1, message: `needs at least ${MIN_CHECKS} checks (has ${ex.checks.length})`, rule: 'too-few-checks' });
  }
}

/** Every declared wrong solution exists, names real checks, and every file in wrong/ is declared. */
function checkWrongFolder(ex: ExerciseFiles): void {
  const { meta, metaSource, checks } = ex;
  if (!meta || !metaSource) return;
  const ids = new Set(checks?.map((c) => c.id));
  meta.wrong.forEach((w, i) => {
    if (!existsSync(join(ex.dir, 'wrong', w.file))) {
      ex.problems.push(problemAt(metaSource, ['wrong', i, 'file'], 'missing-file', `wrong/${w.file} does not exist`));
    }
    if (!checks) return;
    w.fails.forEach((id, f) => {
      if (!ids.has(id)) ex.problems.push(problemAt(metaSource, ['wrong', i, 'fails', f], 'unknown-check', `wrong/${w.file} lists unknown check "${id}"`));
    });
  });
  const declared = new Set(meta.wrong.map((w) => w.file));
  const wrongDir = join(ex.dir, 'wrong');
  const present = existsSync(wrongDir) ? readdirSync(wrongDir).sort() : [];
  for (const file of present) {
    if (!declared.has(file)) {
      ex.problems.push({ file: `${ex.slug}/wrong/${file}`, message: `wrong/${file} has no entry under \`wrong\` in exercise.yaml`, rule: 'undeclared-wrong' });
    }
  }
}

/** 1-based line of the first line matching `pattern` at or after line `from`, if any. */
export function lineOf(text: string | undefined, pattern: RegExp, from = 1): number | undefined {
  if (text === undefined) return undefined;
  const lines = text.split('\n');
  for (let i = from - 1; i < lines.length; i++) if (pattern.test(lines[i]!)) return i + 1;
  return undefined;
}

/** The line of `id: '<checkId>'` in checks.ts, where an author goes to fix that check. */
export function checkLine(ex: ExerciseFiles, checkId: string): number | undefined {
  return lineOf(ex.checksText, new RegExp(`\\bid:\\s*['"\`]${checkId.replace(/[-]/g, '\\-')}['"\`]`));
}

export function stringsAt(raw: unknown, key: string): string[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const value = (raw as Record<string, unknown>)[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function stringAt(raw: unknown, key: string): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const value = (raw as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}
