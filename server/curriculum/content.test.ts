// Guards the real curriculum: it loads cleanly, meets the content targets, keeps the
// concept ids other parts of Stepwise depend on, and every piece of code it shows a
// learner actually runs (output items print exactly what their answer says).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { generateJsonSchemas, SCHEMA_DIR } from './json-schemas.ts';
import { formatProblem, loadCurriculum } from './load.ts';
import type { Curriculum } from './load.ts';

const ROOT = join(import.meta.dirname, '../../curriculum');
// Samples run from a temporary folder whose node_modules links to the project's, so they can
// import express, zod, supertest...; it cannot live inside node_modules itself because Node
// refuses to strip types from .ts files there.
const SCRATCH = mkdtempSync(join(tmpdir(), 'stepwise-curriculum-'));
symlinkSync(join(import.meta.dirname, '../../node_modules'), join(SCRATCH, 'node_modules'), 'dir');
afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));
const run = promisify(execFile);

function load(): Curriculum {
  const result = loadCurriculum(ROOT);
  if (!result.ok) throw new Error(`curriculum has problems:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.curriculum;
}
const curriculum = load();
const items = curriculum.topics.flatMap((t) => t.quiz);

async function runModule(name: string, code: string, ext: 'mjs' | 'mts'): Promise<string> {
  const file = join(SCRATCH, `${name}.${ext}`);
  writeFileSync(file, code);
  const { stdout } = await run(process.execPath, ['--no-warnings', file], { timeout: 15_000, cwd: SCRATCH });
  return stdout;
}

describe('the real curriculum', () => {
  it('loads with zero problems', () => {
    expect(curriculum.topics).toHaveLength(19);
  });

  it('keeps every canonical concept id the grader and exercises use', () => {
    const canonical = readFileSync(join(import.meta.dirname, 'fixtures/canonical-concepts.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    const missing = canonical.filter((id) => !curriculum.concepts.has(id));
    expect(missing).toEqual([]);
  });

  it('meets the quiz size targets', () => {
    for (const { topic, quiz } of curriculum.topics) {
      expect(quiz.length, topic.id).toBeGreaterThanOrEqual(topic.level === 'core' ? 6 : 3);
    }
    const asyncJs = curriculum.topics.find((t) => t.topic.id === 'async-js')!;
    expect(asyncJs.quiz.filter((i) => i.kind === 'output').length).toBeGreaterThanOrEqual(3);
  });

  it('gives core lessons a real length and advanced ones a shorter one', () => {
    for (const { topic, lesson } of curriculum.topics) {
      const words = lesson.body.split(/\s+/).filter(Boolean).length;
      const [min, max] = topic.level === 'core' ? [600, 1250] : [250, 900];
      expect(words, topic.id).toBeGreaterThanOrEqual(min);
      expect(words, topic.id).toBeLessThanOrEqual(max);
    }
  });

  it('starts every YAML file with its editor schema line', () => {
    const expectFirstLine = (file: string, schema: string): void => {
      expect(readFileSync(join(ROOT, file), 'utf8').split('\n')[0], file).toBe(`# yaml-language-server: $schema=${schema}`);
    };
    expectFirstLine('roadmap.yaml', './schemas/roadmap.schema.json');
    for (const dir of readdirSync(join(ROOT, 'topics'))) {
      expectFirstLine(`topics/${dir}/topic.yaml`, '../../schemas/topic.schema.json');
      expectFirstLine(`topics/${dir}/quiz.yaml`, '../../schemas/quiz.schema.json');
    }
  });

  it('ships JSON Schemas identical to a fresh generation (run server/curriculum/json-schemas.ts)', () => {
    const fresh = generateJsonSchemas();
    expect(readdirSync(SCHEMA_DIR).sort()).toEqual(Object.keys(fresh).sort());
    for (const [file, text] of Object.entries(fresh)) expect(readFileSync(join(SCHEMA_DIR, file), 'utf8'), file).toBe(text);
  });
});

describe('output items print exactly their answer', () => {
  const outputs = items.flatMap((item) => (item.kind === 'output' ? [item] : []));
  it.concurrent.each(outputs.map((item) => [item.id, item] as const))('%s', async (id, item) => {
    const printed = (await runModule(id, item.code, 'mjs')).trimEnd();
    const expected = item.accept ? item.accept.join('\n') : item.options!.find((o) => o.correct)!.text.trimEnd();
    expect(printed).toBe(expected);
  });
});

describe('lesson code samples run to completion', () => {
  // ```js and ```ts blocks must run as they stand; ```js norun marks the few that need
  // several files or an outside service (Redis, a broker) and are shown, not executed.
  const blocks = curriculum.topics.flatMap(({ topic, lesson }) =>
    [...lesson.body.matchAll(/^```(js|ts)( norun)?\n([\s\S]*?)^```$/gm)]
      .filter((m) => m[2] === undefined)
      .map((m, i) => [`${topic.id}-${i + 1}`, m[1] === 'ts' ? 'mts' : 'mjs', m[3]!] as const),
  );
  it.concurrent.each(blocks)('%s', async (name, ext, code) => {
    await expect(runModule(`lesson-${name}`, code, ext)).resolves.toBeTypeOf('string');
  });
});
