// npm run --silent sandbox -- <app-file> <requests.json> [--fixtures <file.sql>] [--real]
//
// Runs an Express app file in the grading sandbox exactly as a grading does and
// prints its answers to a list of requests as JSON; --real runs the same file
// under real Express on the host instead, to compare. Exit codes: 0 ok,
// 1 the app could not be loaded, 64 usage (bad arguments or input files).
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppRequestsSchema, type AppRequest, type RunAppResult } from '../server/grader/run-app.ts';

const USAGE = `usage: npm run --silent sandbox -- <app-file> <requests.json> [--fixtures <file.sql>] [--real]

  <app-file>       an Express app (.ts or .js) with \`export default app\`
  <requests.json>  [{ "method": "GET", "path": "/", "headers"?: {...}, "body"?: ... }, ...]
                   a string body is sent as is; any other body as JSON
  --fixtures FILE  SQL that seeds the database \`import { db } from 'db'\` uses
  --real           run under real Express on the host (trusted files only: nothing is contained)

prints [{ "status", "headers", "body" }, ...]; exit 0 ok, 1 the app could not load, 64 usage`;

class UsageError extends Error {}

interface Invocation { appFile: string; requests: AppRequest[]; code: string; fixturesSql?: string; real: boolean }

async function readInvocation(argv: string[]): Promise<Invocation> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { fixtures: { type: 'string' }, real: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (parsed.values.help) throw new UsageError('');
  const [appFile, requestsFile, ...extra] = parsed.positionals;
  if (!appFile || !requestsFile) throw new UsageError('an app file and a requests file are required');
  if (extra.length) throw new UsageError(`unexpected argument: ${extra[0]}`);
  const read = (file: string) => readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => { throw new UsageError(`cannot read ${file}: ${e.code ?? e.message}`); });
  const code = await read(appFile);
  let requestsJson: unknown;
  try { requestsJson = JSON.parse(await read(requestsFile)); } catch (e) {
    throw e instanceof UsageError ? e : new UsageError(`${requestsFile} is not valid JSON: ${(e as Error).message}`);
  }
  const requests = AppRequestsSchema.safeParse(requestsJson);
  if (!requests.success) {
    const issue = requests.error.issues[0]!;
    throw new UsageError(`${requestsFile}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  const fixturesSql = parsed.values.fixtures === undefined ? undefined : await read(parsed.values.fixtures);
  return { appFile, requests: requests.data, code, real: parsed.values.real ?? false, ...(fixturesSql === undefined ? {} : { fixturesSql }) };
}

async function run(inv: Invocation): Promise<RunAppResult> {
  const opts = { code: inv.code, filename: basename(inv.appFile), requests: inv.requests, fixturesSql: inv.fixturesSql };
  if (!inv.real) {
    const { runAppInSandbox } = await import('../server/grader/run-app.ts');
    return runAppInSandbox(opts);
  }
  // Under --real the app's console is the host's: keep stdout for the JSON alone.
  console.log = console.info = console.debug = console.error;
  const { runAppOnHost } = await import('../server/grader/run-app-host.ts');
  return runAppOnHost(opts);
}

function finish(code: number, stdout = ''): void {
  // Exit once stdout is flushed: a PGlite engine or a pre-warmed isolate would otherwise keep the process alive.
  process.stdout.write(stdout, () => process.exit(code));
}

async function main(): Promise<void> {
  let inv: Invocation;
  try {
    inv = await readInvocation(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    if (!e.message) { finish(0, `${USAGE}\n`); return; }
    process.stderr.write(`sandbox: ${e.message}\n\n${USAGE}\n`);
    finish(64);
    return;
  }
  // isolated-vm needs a process started with --no-node-snapshot (see the
  // sandbox notes); when run without it, start this script again with it.
  if (!inv.real && !process.execArgv.includes('--no-node-snapshot')) {
    const child = spawnSync(process.execPath, ['--no-node-snapshot', ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
    finish(child.status ?? 1);
    return;
  }
  let result: RunAppResult;
  try {
    result = await run(inv);
  } catch (e) {
    // Not the app's fault (a request the loopback server refused, the database engine failing to boot).
    process.stderr.write(`sandbox: could not run the app: ${(e as Error).message}\n`);
    finish(1);
    return;
  }
  for (const line of result.console) process.stderr.write(`[app] ${line}\n`);
  if (!result.ok) {
    process.stderr.write(`sandbox: the app could not be loaded: ${result.error}\n`);
    finish(1);
    return;
  }
  if (result.fatal) process.stderr.write(`sandbox: the app was stopped: ${result.fatal}\n`);
  finish(0, `${JSON.stringify(result.responses, null, 2)}\n`);
}

await main();
