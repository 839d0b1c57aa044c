import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const grade = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'scripts/grade.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('npm run grade', () => {
  it('prints the report and exits 0 for a pass, 1 for a fail, 2 for an error, 64 for usage', () => {
    const pass = grade('todos-api', 'exercises/todos-api/solution.ts');
    expect(pass.status).toBe(0);
    expect(JSON.parse(pass.stdout)).toMatchObject({ version: 1, exercise: 'todos-api', status: 'pass' });

    const fail = grade('exercises/todos-api', 'exercises/todos-api/wrong/no-json-parser.ts');
    expect(fail.status).toBe(1);
    expect(JSON.parse(fail.stdout).status).toBe('fail');

    const broken = path.join(mkdtempSync(path.join(os.tmpdir(), 'stepwise-cli-')), 'broken.ts');
    writeFileSync(broken, 'export default (;\n');
    const error = grade('todos-api', broken);
    expect(error.status).toBe(2);
    expect(JSON.parse(error.stdout).error.kind).toBe('compile-error');
    expect(error.stdout).not.toContain(os.tmpdir());

    expect(grade('todos-api').status).toBe(64);
    const unknown = grade('no-such-exercise', broken);
    expect(unknown.status).toBe(64);
    expect(unknown.stderr).toMatch(/no-such-exercise/);
  }, 90_000);

  it('explains a callback-style failure by its assertion, not as an unawaited promise', () => {
    // loadNote returns before readNote answers, as every callback-style function does; the
    // check waits for the clock, so "a promise was not awaited" would be the wrong advice.
    const fail = grade('error-first-callbacks', 'exercises/error-first-callbacks/wrong/calls-done-too-soon.ts');
    expect(fail.status).toBe(1);
    const check = (JSON.parse(fail.stdout) as { checks: { id: string; kind?: string; message?: string }[] }).checks.find((c) => c.id === 'passes-note-on')!;
    expect(check.kind).toBe('assertion');
    expect(check.message).toMatch(/^the calls to done: expected/);
  }, 60_000);
});
