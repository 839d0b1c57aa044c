// Host-side pieces that need no isolate: limits, status rule, positions, loader errors.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { effectiveLimits, GLOBAL_LIMITS } from './limits.ts';
import { statusOf, type CheckResult } from './report.ts';
import { compileLearner, mapStack } from './compile.ts';
import { loadExercise } from './exercise.ts';
import { decodeValue, encodeValue } from './values.ts';
import { variantFor } from './runtime/build.ts';
import { KINDS, MODULES_BY_KIND } from './catalog.ts';

const check = (passed: boolean, kind?: CheckResult['kind']): CheckResult =>
  ({ id: 'c', title: 't', concepts: [], passed, durationMs: 0, ...(kind ? { kind } : {}) });

describe('limits', () => {
  it('only ever tighten', () => {
    const l = effectiveLimits({ cpuMs: 500, memoryMb: 1024 }, { cpuMs: 9000, requests: 5 });
    expect(l).toMatchObject({ cpuMs: 500, memoryMb: GLOBAL_LIMITS.memoryMb, requests: 5 });
  });
});

describe('status', () => {
  it('is error when nothing was graded, never pass for zero checks', () => {
    expect(statusOf([], undefined)).toBe('error');
    expect(statusOf([check(false, 'not-run')], undefined)).toBe('error');
  });
  it('is fail when a limit stopped grading after a check ran, pass only when all passed', () => {
    expect(statusOf([check(true), check(false, 'not-run')], { kind: 'time-limit', message: '' })).toBe('fail');
    expect(statusOf([check(true), check(true)], undefined)).toBe('pass');
    expect(statusOf([check(true), check(false, 'assertion')], undefined)).toBe('fail');
  });
});

describe('compile', () => {
  it('reports syntax errors at the learner position', async () => {
    const r = await compileLearner('const a = 1;\nconst b = ;\n', 'solution.ts');
    expect(r).toMatchObject({ ok: false, error: { line: 2, column: 11 } });
  });
  it('maps stack frames back through the CommonJS wrapper and type stripping', async () => {
    const r = await compileLearner("import x from 'express';\ntype T = { a: number };\nexport function f(t: T) {\n  return (t as any).b.c;\n}\n", 'solution.ts');
    if (!r.ok) throw new Error('compile');
    const genLine = r.script.split('\n').findIndex((l) => l.includes('.b.c')) + 1;
    const col = r.script.split('\n')[genLine - 1]!.indexOf('.c') + 1;
    const mapped = mapStack(`Error\n    at f (stepwise-learner.js:${genLine}:${col})\n    at run (stepwise-runtime.js:1:2)`, r.map, 'solution.ts');
    expect(mapped.position?.line).toBe(4);
    expect(mapped.frames).toEqual([`at f (solution.ts:4:${mapped.position?.column})`]);
  });
});

describe('values', () => {
  it('round-trips tagged values without prototype pollution', () => {
    const v = decodeValue(JSON.stringify(encodeValue({ a: undefined, n: NaN, d: new Date(5), list: [1, 'x'] }))) as Record<string, unknown>;
    expect(v).toEqual({ a: undefined, n: NaN, d: new Date(5), list: [1, 'x'] });
    decodeValue('{"__proto__":{"polluted":true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('exercise loader', () => {
  it('names the file and field that is wrong', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'ex-')), 'bad-exercise');
    await mkdir(dir);
    await writeFile(join(dir, 'exercise.yaml'), 'id: bad-exercise\ntitle: Bad\nkind: http\ntopic: express\nconcepts: [express.nope]\ndifficulty: 9\nextra: 1\n');
    const error = await loadExercise(dir).then(() => undefined, (e: Error) => e);
    expect(error?.message).toMatch(/bad-exercise\/exercise\.yaml is invalid:/);
    for (const field of ['concepts.0: unknown concept "express.nope"', 'difficulty:', 'Unrecognized key: "extra"']) expect(error?.message).toContain(field);
  });
  it('loads every sample exercise with exactly three hints', async () => {
    for (const slug of ['todos-api', 'fetch-users-parallel', 'products-crud-sql', 'admin-roles']) {
      const ex = await loadExercise(slug);
      expect(ex.hints).toHaveLength(3);
      expect(ex.checks.length).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('runtime variants', () => {
  it('gives each exercise kind the smallest runtime that has every module it may import', () => {
    expect(Object.fromEntries(KINDS.map((k) => [k, variantFor(MODULES_BY_KIND[k])]))).toEqual({ async: 'plain', http: 'express', sql: 'express', auth: 'full' });
    expect(variantFor(['jsonwebtoken'])).toBe('full');
  });
});
