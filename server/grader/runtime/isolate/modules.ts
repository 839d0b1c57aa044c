// What `import x from '…'` can reach inside the sandbox.
import { P } from './primordials.ts';
import * as url from '../shims/url.js';
import * as clock from './clock.ts';
import { stringify } from './json.ts';
import { describeError } from './errors.ts';

type HostIo = (op: string, a: string, b: string) => string;
interface PendingQuery { resolve: (v: unknown) => void; reject: (e: unknown) => void; complete: (fn: () => void) => void }

const queries = new P.MapCtor<number, PendingQuery>();
let nextQuery = 1;

function toParam(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return P.String(v);
  if (P.isDate(v)) return P.DateToISOString(v);
  if (P.ArrayIsArray(v)) { const out: unknown[] = []; for (let i = 0; i < v.length; i++) P.ArrayPush(out, toParam(v[i])); return out; }
  // node-postgres sends other objects as JSON text.
  return P.JSONStringify(v);
}

export function makeDb(hostIo: HostIo) {
  function query(textOrConfig: unknown, values?: unknown): Promise<unknown> {
    let text = textOrConfig;
    let params = values;
    if (textOrConfig && typeof textOrConfig === 'object') {
      const cfg = textOrConfig as { text?: unknown; values?: unknown };
      text = cfg.text; params = cfg.values;
    }
    if (typeof text !== 'string') return P.PromiseReject(new P.TypeErrorCtor('db.query(text, params): text must be a string'));
    if (params !== undefined && !P.ArrayIsArray(params)) return P.PromiseReject(new P.TypeErrorCtor('db.query(text, params): params must be an array'));
    const list: unknown[] = [];
    if (params) for (let i = 0; i < (params as unknown[]).length; i++) P.ArrayPush(list, toParam((params as unknown[])[i]));
    return new P.Promise((resolve, reject) => {
      const id = nextQuery++;
      P.MapSet(queries, id, { resolve, reject, complete: clock.startIo() });
      hostIo('sql', P.String(id), stringify({ text, params: list }));
    });
  }
  const db = { query };
  return { db, default: { db } };
}

/** The host finished query `id`: settle its promise as an I/O callback. */
export function completeQuery(id: number, json: string): void {
  const q = P.MapGet(queries, id) as PendingQuery | undefined;
  if (!q) return;
  P.MapDelete(queries, id);
  q.complete(() => {
    const r = P.JSONParse(json) as { rows?: unknown[]; rowCount?: number; fields?: unknown[]; error?: Record<string, string> };
    if (r.error) {
      const e = new P.ErrorCtor(r.error.message) as Error & Record<string, unknown>;
      const extra = r.error;
      const keys = ['code', 'detail', 'hint', 'position', 'constraint', 'table', 'column', 'severity'];
      for (let i = 0; i < keys.length; i++) if (extra[keys[i]!] !== undefined) e[keys[i]!] = extra[keys[i]!];
      q.reject(e);
    } else q.resolve({ rows: r.rows ?? [], rowCount: r.rowCount ?? 0, fields: r.fields ?? [], command: '' });
  });
}

// Libraries this runtime variant was built with (see libraries-*.ts): a variant without
// Express starts its isolates several times faster, so async exercises use one.
const libraries = new P.MapCtor<string, unknown>();
export function provideLibrary(name: string, value: unknown): void { P.MapSet(libraries, name, value); }

export function makeRequire(available: string[], hostIo: HostIo) {
  const cache = new P.MapCtor<string, unknown>();
  const build = (name: string): unknown => {
    if (name === 'db') return makeDb(hostIo);
    if (name === 'url') return url;
    const library = P.MapGet(libraries, name === 'bcryptjs' ? 'bcrypt' : name);
    // A host that asks for a module its runtime variant lacks is a grader bug, not the learner's.
    if (library === undefined) throw new P.ErrorCtor('the grader runtime has no ' + name + ' in this variant');
    return library;
  };
  return function require(spec: unknown): unknown {
    const given = P.String(spec);
    // node:url and url are the same module (catalog.ts moduleName, which this bundle cannot import).
    const name = given === 'node:url' ? 'url' : given;
    let allowed = false;
    for (let i = 0; i < available.length; i++) if (available[i] === name) allowed = true;
    if (!allowed) {
      const err = new P.ErrorCtor('module ' + given + ' is not available in this exercise') as Error & { code?: string };
      err.code = 'MODULE_NOT_AVAILABLE';
      throw err;
    }
    if (!(P.MapHas(cache, name) as boolean)) P.MapSet(cache, name, build(name));
    return P.MapGet(cache, name);
  };
}

export function reportUncaughtTo(hostIo: HostIo) {
  clock.setUncaughtHandler((error, where) => {
    hostIo('uncaught', where, stringify(describeError(error)));
  });
}
