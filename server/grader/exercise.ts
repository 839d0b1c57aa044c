// Loads and validates exercises/<slug>/. Every schema is strict and errors
// name the file, so an instructor sees exactly what to fix.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ExerciseMetaSchema, HintsSchema } from '../curriculum/exercise-schema.ts';
import { CONCEPTS, TOPICS, type ExerciseKind } from './catalog.ts';
import type { Limits } from './limits.ts';
import type { Check } from './checks.ts';

export const EXERCISES_DIR = resolve(fileURLToPath(new URL('../../exercises', import.meta.url)));

// One schema for exercise.yaml and hints.yaml, shared with the curriculum checker; topics and
// concepts are plain ids there, so membership in the curriculum is checked below.
const ExerciseYaml = ExerciseMetaSchema.superRefine((meta, ctx) => {
  if (!(TOPICS as readonly string[]).includes(meta.topic)) ctx.addIssue({ code: 'custom', path: ['topic'], message: `unknown topic "${meta.topic}"` });
  meta.concepts.forEach((concept, i) => {
    if (!(CONCEPTS as readonly string[]).includes(concept)) ctx.addIssue({ code: 'custom', path: ['concepts', i], message: `unknown concept "${concept}"` });
  });
});
const HintsYaml = HintsSchema;

export interface WrongSolution { file: string; misconception: string; fails: string[]; code: string }

export interface LoadedExercise {
  id: string;
  title: string;
  kind: ExerciseKind;
  topic: string;
  concepts: string[];
  difficulty: number;
  /** Named exports the learner's module must provide (besides `default` for app kinds). */
  exports: string[];
  limits: Partial<Limits>;
  prompt: string;
  starter: string;
  solution: string;
  hints: string[];
  fixturesSql?: string;
  checks: Check[];
  wrong: WrongSolution[];
  dir: string;
}

export class ExerciseError extends Error {}

function explain(file: string, error: z.ZodError): ExerciseError {
  const lines = error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
  return new ExerciseError(`${file} is invalid:\n${lines.join('\n')}`);
}

async function read(dir: string, file: string, optional = false): Promise<string | undefined> {
  try {
    return await readFile(join(dir, file), 'utf8');
  } catch (e) {
    if (optional && (e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ExerciseError(`${file} is missing from ${dir}`);
  }
}

const firstSeen = new Map<string, number>();
/**
 * An edited checks.ts must load anew, not from the module cache (content reloads in
 * development): later versions get their modification time in the URL. The first version
 * keeps the plain URL, which is what test runners' transformers expect.
 */
async function checksUrl(file: string): Promise<string> {
  const mtime = await stat(file).then((s) => s.mtimeMs, () => 0);
  if (!firstSeen.has(file)) firstSeen.set(file, mtime);
  const url = pathToFileURL(file).href;
  return firstSeen.get(file) === mtime ? url : `${url}?v=${mtime}`;
}

export async function loadExercise(slugOrDir: string): Promise<LoadedExercise> {
  const dir = slugOrDir.includes('/') ? resolve(slugOrDir) : join(EXERCISES_DIR, slugOrDir);
  const meta = ExerciseYaml.safeParse(parseYaml((await read(dir, 'exercise.yaml'))!));
  if (!meta.success) throw explain(`${dir}/exercise.yaml`, meta.error);
  const m = meta.data;
  if (!dir.endsWith(`/${m.id}`)) throw new ExerciseError(`${dir}/exercise.yaml: id "${m.id}" must match the directory name`);
  if (m.kind === 'async' && !m.exports?.length) throw new ExerciseError(`${dir}/exercise.yaml: async exercises must list their exports`);
  const hints = HintsYaml.safeParse(parseYaml((await read(dir, 'hints.yaml'))!));
  if (!hints.success) throw explain(`${dir}/hints.yaml`, hints.error);
  const fixturesSql = await read(dir, 'fixtures.sql', m.kind !== 'sql');

  const checksModule = await import(await checksUrl(join(dir, 'checks.ts'))) as { default?: unknown };
  const checks = checksModule.default;
  if (!Array.isArray(checks) || checks.length < 1) throw new ExerciseError(`${dir}/checks.ts must export default defineChecks([...]) with at least one check`);
  const ids = new Set((checks as Check[]).map((c) => c.id));
  for (const c of checks as Check[]) {
    for (const concept of c.concepts) {
      if (!(CONCEPTS as readonly string[]).includes(concept)) throw new ExerciseError(`${dir}/checks.ts: check "${c.id}" has unknown concept "${concept}"`);
    }
  }

  const wrong: WrongSolution[] = [];
  for (const w of m.wrong) {
    for (const id of w.fails) if (!ids.has(id)) throw new ExerciseError(`${dir}/exercise.yaml: wrong/${w.file} lists unknown check "${id}"`);
    wrong.push({ ...w, code: (await read(join(dir, 'wrong'), w.file))! });
  }
  const declared = new Set(m.wrong.map((w) => w.file));
  const present = await readdir(join(dir, 'wrong')).catch(() => [] as string[]);
  for (const f of present) if (!declared.has(f)) throw new ExerciseError(`${dir}/wrong/${f} has no entry under "wrong" in exercise.yaml`);

  return {
    id: m.id, title: m.title, kind: m.kind, topic: m.topic, concepts: m.concepts, difficulty: m.difficulty,
    exports: m.exports ?? [], limits: m.limits ?? {},
    prompt: (await read(dir, 'prompt.md'))!, starter: (await read(dir, 'starter.ts'))!, solution: (await read(dir, 'solution.ts'))!,
    hints: hints.data, ...(fixturesSql !== undefined ? { fixturesSql } : {}), checks: checks as Check[], wrong, dir,
  };
}

/** The exercise folders of `dir`, sorted, as paths `loadExercise` accepts. */
export async function listExercises(dir: string = EXERCISES_DIR): Promise<string[]> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  const out: string[] = [];
  for (const e of entries.sort()) if ((await stat(join(dir, e))).isDirectory()) out.push(dir === EXERCISES_DIR ? e : join(resolve(dir), e));
  return out;
}
