// Test-only process for the differential test: runs an app file in the
// sandbox or under real Express on the host (run-app.ts / run-app-host.ts).
// isolated-vm needs --no-node-snapshot, which Vitest workers do not have, and
// the real side changes NODE_ENV while it runs; both stay out of the test worker.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppRequestsSchema, runAppInSandbox, type RunAppResult } from '../../server/grader/run-app.ts';
import { runAppOnHost } from '../../server/grader/run-app-host.ts';

export interface RunAppJob { id: number; side: 'sandbox' | 'real'; appFile: string; requestsFile: string; fixturesFile?: string | undefined }

// Real-side apps log to the host console (Express logs every error it
// handles): keep that out of the test output. Sandbox output is captured inside.
for (const method of ['log', 'info', 'debug', 'warn', 'error'] as const) console[method] = () => {};

async function run(job: RunAppJob): Promise<RunAppResult> {
  const [code, requestsJson, fixturesSql] = await Promise.all([
    readFile(job.appFile, 'utf8'), readFile(job.requestsFile, 'utf8'),
    job.fixturesFile ? readFile(job.fixturesFile, 'utf8') : undefined,
  ]);
  const opts = { code, filename: basename(job.appFile), requests: AppRequestsSchema.parse(JSON.parse(requestsJson)), fixturesSql };
  return job.side === 'sandbox' ? runAppInSandbox(opts) : runAppOnHost(opts);
}

process.on('message', (job: RunAppJob) => {
  run(job).then(
    (result) => process.send!({ id: job.id, result }),
    (e: unknown) => process.send!({ id: job.id, crash: String((e as Error).stack ?? e) }),
  );
});
process.on('disconnect', () => process.exit(0));
process.send!({ ready: true });
