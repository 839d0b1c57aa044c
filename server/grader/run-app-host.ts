// The reference side of the sandbox: the same app file under real Express,
// jsonwebtoken and bcrypt on the host, and a host PGlite for `db`. Nothing is
// contained here, so it is for trusted files only (instructors' apps, the
// differential test), never for submissions.
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { runInThisContext } from 'node:vm';
import { compileLearner } from './compile.ts';
import { MODULES_BY_KIND, moduleName } from './catalog.ts';
import { openGradingDatabase, SqlQueryError, type GradingDatabase } from './sql/index.ts';
import { REQUEST_TIMEOUT_MS, sendRequests, type AppResponse, type RunAppOptions, type RunAppResult } from './run-app.ts';

const require = createRequire(import.meta.url);

type Factory = (exports: Record<string, unknown>, require: (name: string) => unknown, module: { exports: Record<string, unknown> }) => void;

export async function runAppOnHost(opts: RunAppOptions): Promise<RunAppResult> {
  // The same compile step as the sandbox, so both sides run identical JavaScript
  // and the app file may live anywhere (no node_modules lookup from its folder).
  const compiled = await compileLearner(opts.code, opts.filename);
  if (!compiled.ok) {
    const { line, column, message } = compiled.error;
    return { ok: false, error: `compile error${line ? ` at ${opts.filename}:${line}:${column ?? 1}` : ''}: ${message}`, console: [] };
  }

  // The sandbox's private `process` says production (runtime/shims/process.js),
  // and Express reads NODE_ENV when an app is created: production makes the
  // default error handler answer with the status text instead of a host stack.
  const previousEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  let database: GradingDatabase | undefined;
  const server = createServer();
  try {
    if (opts.fixturesSql !== undefined) database = await openGradingDatabase(opts.fixturesSql);
    let app: unknown;
    try {
      const factory = runInThisContext(compiled.script, { filename: opts.filename }) as Factory;
      const mod = { exports: {} as Record<string, unknown> };
      factory(mod.exports, hostRequire(database), mod);
      app = mod.exports.default;
    } catch (e) {
      return { ok: false, error: `${describe(e)} (while the module was loading)`, console: [] };
    }
    if (typeof app !== 'function') return { ok: false, error: 'the module needs a default export (export default app)', console: [] };

    server.on('request', withTimeout(app as RequestListener));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const responses: AppResponse[] = await sendRequests(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, opts.requests);
    return { ok: true, responses, console: [] };
  } finally {
    server.closeAllConnections();
    if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    await database?.close();
    if (previousEnv === undefined) delete process.env.NODE_ENV; else process.env.NODE_ENV = previousEnv;
  }
}

/**
 * A request the app never answers gets what the grading bridge sends in that
 * case (bridge.ts: 504 and x-stepwise-outcome: timeout), so a route that forgets
 * res.send() shows up the same on both sides instead of hanging this side.
 */
function withTimeout(app: RequestListener): RequestListener {
  return (req, res) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      // The bridge's answer carries nothing the app set before it stalled.
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      res.writeHead(504, { 'x-stepwise-outcome': 'timeout' });
      res.end();
    }, REQUEST_TIMEOUT_MS);
    res.on('close', () => clearTimeout(timer));
    app(req, res);
  };
}

/** The modules of an auth exercise (catalog.ts), from the host's node_modules. */
function hostRequire(database: GradingDatabase | undefined): (name: string) => unknown {
  const available = new Set(MODULES_BY_KIND.auth);
  const cache = new Map<string, unknown>();
  const load = (name: string): unknown => {
    switch (name) {
      case 'express': return harmlessListen(require('express') as (...a: unknown[]) => Record<string, unknown>);
      case 'db': return makeDb(database);
      default: return require(name);
    }
  };
  return (given) => {
    const name = moduleName(given);
    if (!available.has(name)) {
      // The sandbox's wording (runtime/isolate/modules.ts), so a load error reads the same.
      throw Object.assign(new Error(`module ${given} is not available in this exercise`), { code: 'MODULE_NOT_AVAILABLE' });
    }
    if (!cache.has(name)) cache.set(name, load(name));
    return cache.get(name);
  };
}

/**
 * Real Express, except that app.listen() does not open a host port: in the
 * sandbox it is a no-op that still calls its callback, and requests go to the
 * exported app either way.
 */
function harmlessListen(express: (...a: unknown[]) => Record<string, unknown>): unknown {
  const wrapped = (...args: unknown[]) => {
    const app = express(...args);
    app.listen = (...a: unknown[]) => {
      const cb = a.find((x) => typeof x === 'function') as (() => void) | undefined;
      if (cb) queueMicrotask(cb);
      return createServer();
    };
    return app;
  };
  return Object.assign(wrapped, express);
}

/** node-postgres-style `db`, shaped like the sandbox's (runtime/isolate/modules.ts). */
function makeDb(database: GradingDatabase | undefined) {
  async function query(textOrConfig: unknown, values?: unknown): Promise<unknown> {
    let text = textOrConfig;
    let params = values;
    if (textOrConfig && typeof textOrConfig === 'object') ({ text, values: params } = textOrConfig as { text?: unknown; values?: unknown });
    if (typeof text !== 'string') throw new TypeError('db.query(text, params): text must be a string');
    if (params !== undefined && !Array.isArray(params)) throw new TypeError('db.query(text, params): params must be an array');
    if (!database) throw new Error('there is no database in this exercise');
    try {
      const r = await database.query(text, ((params as unknown[] | undefined) ?? []).map(toParam));
      return { rows: r.rows, rowCount: r.rowCount, fields: r.fields, command: '' };
    } catch (e) {
      if (!(e instanceof SqlQueryError)) throw e;
      const err = new Error(e.data.message) as Error & Record<string, string>;
      for (const k of ['code', 'detail', 'hint', 'position'] as const) if (e.data[k] !== undefined) err[k] = String(e.data[k]);
      throw err;
    }
  }
  const db = { query };
  return { db, default: { db } };
}

// As the sandbox converts parameters (and node-postgres does): dates as ISO text, objects as JSON.
function toParam(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return String(v);
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(toParam);
  return JSON.stringify(v);
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
