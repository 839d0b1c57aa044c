// The differential test: every app in differential/ answers its request list
// the same under real Express on the host and inside the sandbox (status, the
// headers an app or a check cares about, body). A difference is a sandbox bug;
// open ones are described, with their apps, in
// differential/known/ and differential/KNOWN_DIFFERENCES.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppRequest, AppResponse, RunAppResult } from '../../server/grader/run-app.ts';
import { startAppRunner, type AppRunner } from './run-app-harness.ts';

const DIR = fileURLToPath(new URL('./differential/', import.meta.url));

interface App { name: string; appFile: string; requestsFile: string; fixturesFile: string | undefined; requests: AppRequest[] }

const apps: App[] = readdirSync(DIR).filter((f) => /^\d\d-[\w-]+\.ts$/.test(f)).sort().map((f) => {
  const name = f.slice(0, -3);
  const requestsFile = join(DIR, `${name}.requests.json`);
  const fixturesFile = join(DIR, `${name}.sql`);
  return {
    name, appFile: join(DIR, f), requestsFile, fixturesFile: existsSync(fixturesFile) ? fixturesFile : undefined,
    requests: JSON.parse(readFileSync(requestsFile, 'utf8')) as AppRequest[],
  };
});

// Headers set by the app or by Express on its behalf, and content-length, which Node adds
// when an app ends a response without one (43-end-without-content-length,
// 45-content-length-framing). Left out: date (changes) and connection / keep-alive /
// transfer-encoding (the HTTP server's framing, which run-app.ts already drops).
const COMPARED = /^(content-type|content-length|content-disposition|content-security-policy|location|set-cookie|allow|vary|cache-control|etag|last-modified|link|www-authenticate|x-.*)$/;

function comparable(requests: AppRequest[], responses: AppResponse[]) {
  return responses.map((r, i) => ({
    request: `${requests[i]?.method} ${requests[i]?.path}`,
    status: r.status,
    headers: Object.fromEntries(Object.entries(r.headers).filter(([k]) => COMPARED.test(k)).sort(([a], [b]) => a.localeCompare(b))),
    body: r.body,
  }));
}

function responsesOf(side: string, r: RunAppResult): AppResponse[] {
  if (!r.ok) throw new Error(`${side}: the app could not be loaded: ${r.error}`);
  return r.responses;
}

let runner: AppRunner;
beforeAll(async () => { runner = await startAppRunner(); });
afterAll(() => runner?.close());

describe('differential: real Express on the host vs the sandbox', () => {
  it('has a corpus of at least 30 apps and 200 requests', () => {
    expect(apps.length).toBeGreaterThanOrEqual(30);
    expect(apps.reduce((n, a) => n + a.requests.length, 0)).toBeGreaterThanOrEqual(200);
  });

  it.each(apps.map((a) => [a.name, a] as const))('%s answers identically', async (_name, app) => {
    const job = { appFile: app.appFile, requestsFile: app.requestsFile, fixturesFile: app.fixturesFile };
    const real = responsesOf('real', await runner.run({ ...job, side: 'real' }));
    const sandbox = await runner.run({ ...job, side: 'sandbox' });
    const inSandbox = responsesOf('sandbox', sandbox);
    expect(real).toHaveLength(app.requests.length);
    // A sandbox-only failure (limits, an uncaught error) would also show as 5xx answers; name it.
    expect(sandbox.ok && sandbox.fatal).toBeFalsy();
    expect(comparable(app.requests, inSandbox)).toEqual(comparable(app.requests, real));
  }, 30_000);
});
