// The sandbox CLI (scripts/sandbox.ts) as instructors and CI call it: exit
// codes, and one app printing the same JSON in the sandbox and with --real.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));

interface Run { code: number; stdout: string; stderr: string }

/** As `npm run --silent sandbox -- …` would (the script runs node --no-node-snapshot scripts/sandbox.ts). */
function cli(args: string[], nodeFlags = ['--no-node-snapshot']): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...nodeFlags, 'scripts/sandbox.ts', ...args], { cwd: ROOT, timeout: 180_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('sandbox CLI', { timeout: 200_000 }, () => {
  it('exits 64 with the usage on bad arguments or input files', async () => {
    const [none, oneArg, unknownFlag, missingFile, badRequests] = await Promise.all([
      cli([]),
      cli([here('./sandbox-cli/hello.ts')]),
      cli([here('./sandbox-cli/hello.ts'), here('./sandbox-cli/hello.requests.json'), '--nope']),
      cli([here('./sandbox-cli/nope.ts'), here('./sandbox-cli/hello.requests.json')]),
      cli([here('./sandbox-cli/hello.ts'), here('./sandbox-cli/hello.ts')]),
    ]);
    for (const r of [none, oneArg, unknownFlag, missingFile, badRequests]) {
      expect(r.code).toBe(64);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('usage: npm run --silent sandbox --');
    }
    expect(missingFile.stderr).toContain('cannot read');
    expect(badRequests.stderr).toContain('is not valid JSON');
  });

  it('exits 1 with a clear message when the app cannot load, in both modes', async () => {
    const args = [here('./sandbox-cli/broken.ts'), here('./sandbox-cli/hello.requests.json')];
    const [sandbox, real] = await Promise.all([cli(args), cli([...args, '--real'], [])]);
    for (const r of [sandbox, real]) {
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('the app could not be loaded: Error: module node:fs is not available in this exercise');
    }
  });

  it('prints identical JSON for a simple app in the sandbox and with --real', async () => {
    const args = [here('./sandbox-cli/hello.ts'), here('./sandbox-cli/hello.requests.json')];
    // The sandbox run without --no-node-snapshot also covers the script restarting itself with it.
    const [sandbox, real] = await Promise.all([cli(args, []), cli([...args, '--real'], [])]);
    expect(sandbox.code).toBe(0);
    expect(real.code).toBe(0);
    expect(sandbox.stdout).toBe(real.stdout);
    const responses = JSON.parse(sandbox.stdout) as Array<{ status: number; headers: Record<string, string>; body: unknown }>;
    expect(responses.map((r) => r.status)).toEqual([200, 201, 200, 404]);
    expect(responses[0]).toMatchObject({ headers: { 'x-greeting': 'yes', 'content-type': 'application/json; charset=utf-8' }, body: { hello: 'ann', query: { x: ['1', '2'] } } });
    expect(responses[1]!.body).toEqual({ a: [1, null, '\u00e9'] });
    expect(responses[2]!.body).toBe('plain text');
    expect(responses[0]!.headers).not.toHaveProperty('date');
    // The app's console goes to stderr in both modes, never into the JSON.
    expect(sandbox.stderr).toContain('[app] hello ann');
    expect(real.stderr).toContain('hello ann');
  });

  it('seeds the database from --fixtures in both modes', async () => {
    const dir = here('./differential/');
    const args = [`${dir}31-sql-products.ts`, `${dir}31-sql-products.requests.json`, '--fixtures', `${dir}31-sql-products.sql`];
    const [sandbox, real] = await Promise.all([cli(args), cli([...args, '--real'], [])]);
    expect(sandbox.code).toBe(0);
    expect(sandbox.stdout).toBe(real.stdout);
    const first = (JSON.parse(sandbox.stdout) as Array<{ body: unknown }>)[0]!;
    expect(first.body).toEqual([
      { id: '1', name: 'Kettle', category: 'kitchen', price: '24.99' },
      { id: '2', name: 'Toaster', category: 'kitchen', price: '31.50' },
      { id: '3', name: 'Desk lamp', category: 'office', price: '18.00' },
    ]);
  });
});
