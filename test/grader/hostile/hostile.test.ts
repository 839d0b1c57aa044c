// The hostile corpus: each submission gets exactly its expected outcome, and
// the grader keeps grading normal submissions afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GradeReport } from '../../../server/grader/report.ts';
import { startGrader, type Grader } from '../harness.ts';
import { cases, H_SOLUTION } from './cases.ts';

let grader: Grader;
beforeAll(async () => { grader = await startGrader(); });
afterAll(() => grader?.close());

const LIMITS = { cpuMs: 500, wallMs: 4000 };

describe('hostile corpus', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const report = await grader.grade(c.exercise, c.code, { limits: { ...LIMITS, ...c.limits } });
    GradeReport.parse(report);
    const failed = report.checks.find((x) => !x.passed);
    expect({ status: report.status, error: report.error?.kind }).toEqual({ status: c.status, error: c.error });
    if (Array.isArray(c.check)) expect(c.check).toContain(failed?.kind);
    else expect(c.check ? failed?.kind : undefined).toBe(c.check);
    c.more?.(report);
    expect(JSON.stringify(report)).not.toMatch(/\/work\/|node_modules|stepwise-runtime/);
  });

  it('a backtracking regex in a check fails that check within its budget, and the next check runs', async () => {
    const started = Date.now();
    const dir = new URL('../fixtures/regex-check', import.meta.url).pathname;
    const { readFileSync } = await import('node:fs');
    const report = await grader.grade(dir, readFileSync(`${dir}/solution.ts`, 'utf8'));
    expect(report.checks.map((c) => [c.id, c.passed, c.kind])).toEqual([['backtracking', false, 'check-budget'], ['still-runs', true, undefined]]);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('a check body over 1 MB gets a 413 from the bridge; one under it reaches the app whole', async () => {
    const dir = new URL('../fixtures/big-request', import.meta.url).pathname;
    const { readFileSync } = await import('node:fs');
    const report = await grader.grade(dir, readFileSync(`${dir}/solution.ts`, 'utf8'));
    expect(report.checks.map((c) => [c.id, c.passed, c.message])).toEqual([['too-big', true, undefined], ['fits', true, undefined]]);
  });

  it('still grades a normal submission correctly after the whole corpus', async () => {
    const report = await grader.grade('todos-api', H_SOLUTION);
    expect(report.status).toBe('pass');
  });
});
