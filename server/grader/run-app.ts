// Runs one app file in the grading sandbox and sends it a list of requests, the
// way a grading does: the same compile step, a Session with the global limits
// and the auth exercise's modules, and the loopback Bridge that Supertest
// checks talk to. Used by the `sandbox` CLI and the differential test, so what
// they print is what a grading's checks would see.
import { request as httpRequest } from 'node:http';
import { z } from 'zod';
import { compileLearner } from './compile.ts';
import { Session } from './session.ts';
import { Bridge } from './bridge.ts';
import { effectiveLimits } from './limits.ts';
import { MODULES_BY_KIND } from './catalog.ts';
import { FATAL_MESSAGES, type ErrorInfo } from './report.ts';
import { openGradingDatabase, type GradingDatabase } from './sql/index.ts';

export const AppRequestSchema = z.object({
  method: z.string().regex(/^[A-Za-z-]+$/, 'method must be an HTTP method name'),
  path: z.string().startsWith('/', 'path must start with /'),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.unknown().optional(),
}).strict();
export const AppRequestsSchema = z.array(AppRequestSchema);
export type AppRequest = z.infer<typeof AppRequestSchema>;

export interface AppResponse {
  status: number;
  /** Lower-case names; set-cookie is always a list, repeated other headers are joined with ", ". */
  headers: Record<string, string | string[]>;
  /** Parsed when the response says JSON and parses, the text otherwise ("" when empty). */
  body: unknown;
}

export interface RunAppOptions {
  code: string;
  filename: string;
  requests: AppRequest[];
  /** Seeds a fresh grading database; without it `db.query` rejects as in an exercise with no database. */
  fixturesSql?: string | undefined;
}

export type RunAppResult =
  | { ok: true; responses: AppResponse[]; console: string[]; fatal?: string }
  | { ok: false; error: string; console: string[] };

/** The same per-request budget a grading gives the app (grade.ts). */
export const REQUEST_TIMEOUT_MS = 2000;

// Set by the HTTP server of either side, not by the app; `date` also changes every run.
const TRANSPORT_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

export async function runAppInSandbox(opts: RunAppOptions): Promise<RunAppResult> {
  // As gradeInIsolate: the global limits, refused before compiling when too large.
  const limits = effectiveLimits();
  const size = Buffer.byteLength(opts.code);
  if (size > limits.codeBytes) {
    return { ok: false, error: `the file is ${Math.ceil(size / 1024)} KB; submissions are limited to ${Math.floor(limits.codeBytes / 1024)} KB`, console: [] };
  }
  const compiled = await compileLearner(opts.code, opts.filename);
  if (!compiled.ok) {
    const { line, column, message } = compiled.error;
    return { ok: false, error: `compile error${line ? ` at ${opts.filename}:${line}:${column ?? 1}` : ''}: ${message}`, console: [] };
  }

  let database: GradingDatabase | undefined;
  let session: Session | undefined;
  let bridge: Bridge | undefined;
  try {
    if (opts.fixturesSql !== undefined) database = await openGradingDatabase(opts.fixturesSql);
    const db = database;
    session = await Session.create({
      limits, modules: MODULES_BY_KIND.auth, requestTimeoutMs: REQUEST_TIMEOUT_MS,
      sqlQuery: db ? (text, params) => db.query(text, params) : undefined,
    });
    const takeConsole = async () => ((await session!.takeConsole())?.lines ?? []).map((l) => l.text);
    const loaded = await session.load(compiled);
    if (!loaded.ok) {
      const error = 'fatal' in loaded ? describeFatal(loaded.fatal.kind, loaded.fatal.error) : `${describeError(loaded.error)} (while the module was loading)`;
      return { ok: false, error, console: await takeConsole() };
    }
    const types = await session.exportTypes(['default']);
    if (types?.default !== 'function') {
      const error = types ? 'the module needs a default export (export default app)' : describeFatal(session.fatal?.kind ?? 'time-limit', session.fatal?.error);
      return { ok: false, error, console: await takeConsole() };
    }
    bridge = new Bridge(session);
    const url = await bridge.listen();
    const responses = await sendRequests(url, opts.requests);
    const fatal = session.fatal ? describeFatal(session.fatal.kind, session.fatal.error) : undefined;
    return { ok: true, responses, console: await takeConsole(), ...(fatal ? { fatal } : {}) };
  } finally {
    await bridge?.close().catch(() => {});
    session?.dispose();
    await database?.close();
  }
}

function describeError(e: ErrorInfo): string {
  return `${e.name}: ${e.message}`;
}

function describeFatal(kind: keyof typeof FATAL_MESSAGES, error: ErrorInfo | undefined): string {
  return `${FATAL_MESSAGES[kind]}${error ? `: ${describeError(error)}` : ''}`;
}

/**
 * Sends the requests one after another to `baseUrl` and reads the answers.
 * node:http rather than fetch: fetch adds headers of its own (sec-fetch-mode,
 * accept-language), refuses bodies on GET, follows redirects unless told not
 * to and merges repeated headers, all of which would blur what the app sent.
 */
export async function sendRequests(baseUrl: string, requests: AppRequest[], timeoutMs = REQUEST_TIMEOUT_MS + 1000): Promise<AppResponse[]> {
  const out: AppResponse[] = [];
  for (const r of requests) out.push(await sendOne(baseUrl, r, timeoutMs));
  return out;
}

function encodeBody(r: AppRequest, headers: Record<string, string>): Buffer | undefined {
  if (r.body === undefined) return undefined;
  const has = (name: string) => Object.keys(headers).some((k) => k.toLowerCase() === name);
  if (typeof r.body === 'string') return Buffer.from(r.body);
  if (!has('content-type')) headers['content-type'] = 'application/json';
  return Buffer.from(JSON.stringify(r.body));
}

function sendOne(baseUrl: string, r: AppRequest, timeoutMs: number): Promise<AppResponse> {
  const headers: Record<string, string> = { ...r.headers };
  // The port is ephemeral: a fixed Host keeps what the app sees (req.hostname,
  // absolute URLs it builds) the same across runs and between the two sides.
  if (!Object.keys(headers).some((k) => k.toLowerCase() === 'host')) headers.host = 'localhost';
  const body = encodeBody(r, headers);
  return new Promise((resolve, reject) => {
    // host/port/path rather than new URL(path, base): a path such as //a/b
    // must reach the app as written, not become a protocol-relative URL.
    const { hostname, port } = new URL(baseUrl);
    const req = httpRequest({ hostname, port, path: r.path, method: r.method.toUpperCase(), headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => resolve({
        status: res.statusCode ?? 0,
        headers: collectHeaders(res.rawHeaders),
        body: decodeBody(Buffer.concat(chunks), res.headers['content-type']),
      }));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no response to ${r.method} ${r.path} within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

function collectHeaders(raw: string[]): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    const value = raw[i + 1]!;
    if (TRANSPORT_HEADERS.has(name)) continue;
    const prev = out[name];
    if (name === 'set-cookie') out[name] = [...(Array.isArray(prev) ? prev : []), value];
    else out[name] = prev === undefined ? value : `${String(prev)}, ${value}`;
  }
  return out;
}

function decodeBody(body: Buffer, contentType: string | undefined): unknown {
  const text = body.toString('utf8');
  if (text !== '' && /\bjson\b/i.test(contentType ?? '')) {
    try { return JSON.parse(text) as unknown; } catch { /* shown as text */ }
  }
  return text;
}
