// Turns learner values into JSON text the host can trust. Runs inside the
// isolate under the call's time limit, so hostile getters or proxies can only
// burn the learner's own budget; it never calls toJSON or accessors.
import { P } from './primordials.ts';
import { stringify } from './json.ts';

const MAX_DEPTH = 12;
const MAX_NODES = 5000;
const MAX_STRING = 10000;

type Tagged = null | boolean | number | string | Tagged[] | { [key: string]: Tagged };

export function toTagged(value: unknown): Tagged {
  let nodes = 0;
  const seen: unknown[] = [];
  const walk = (v: unknown, depth: number): Tagged => {
    if (++nodes > MAX_NODES) return { $: 'truncated' };
    switch (typeof v) {
      case 'string': return v.length > MAX_STRING ? P.StringSlice(v, 0, MAX_STRING) + '…[truncated]' : v;
      case 'boolean': return v;
      case 'number': return P.NumberIsFinite(v) ? (v === 0 && 1 / v < 0 ? { $: 'number', v: '-0' } : v) : { $: 'number', v: P.String(v) };
      case 'undefined': return { $: 'undefined' };
      case 'bigint': return { $: 'bigint', v: P.String(v) };
      case 'symbol': return { $: 'symbol', v: safeString(v) };
      case 'function': return { $: 'function', name: safeName(v) };
    }
    if (v === null) return null;
    for (let i = 0; i < seen.length; i++) if (seen[i] === v) return { $: 'circular' };
    if (depth >= MAX_DEPTH) return { $: 'truncated' };
    P.ArrayPush(seen, v);
    try {
      if (P.isError(v)) return { $: 'error', name: safeString(readData(v, 'name') ?? 'Error'), message: safeString(readData(v, 'message') ?? '') };
      if (P.isDate(v)) return { $: 'date', v: P.DateGetTime(v) as number };
      if (P.isPromise(v)) return { $: 'promise' };
      if (P.isMap(v)) {
        const entries: Tagged[] = [];
        const it = P.MapEntries(v);
        for (let r = P.MapIteratorNext(it) as IteratorResult<[unknown, unknown]>; !r.done && entries.length < 1000; r = P.MapIteratorNext(it) as IteratorResult<[unknown, unknown]>) {
          P.ArrayPush(entries, [walk(r.value[0], depth + 1), walk(r.value[1], depth + 1)]);
        }
        return { $: 'map', entries };
      }
      if (P.isSet(v)) {
        const values: Tagged[] = [];
        const it = P.SetValues(v);
        for (let r = P.SetIteratorNext(it) as IteratorResult<unknown>; !r.done && values.length < 1000; r = P.SetIteratorNext(it) as IteratorResult<unknown>) {
          P.ArrayPush(values, walk(r.value, depth + 1));
        }
        return { $: 'set', values };
      }
      if (P.ArrayIsArray(v)) {
        const out: Tagged[] = [];
        const len = P.MathMin(readLength(v), 10000);
        for (let i = 0; i < len; i++) P.ArrayPush(out, walk(readData(v, P.String(i)), depth + 1));
        return out;
      }
      const out = P.ObjectCreate(null) as { [key: string]: Tagged };
      const keys = P.ReflectOwnKeys(v as object);
      let hasDollar = false;
      for (let i = 0; i < keys.length && i < 1000; i++) {
        const k = keys[i];
        if (typeof k !== 'string') continue;
        const d = P.ReflectGetOwnPropertyDescriptor(v as object, k);
        if (!d || !d.enumerable) continue;
        if (k === '$') hasDollar = true;
        out[k] = P.ObjectHasOwn(d, 'value') ? walk(d.value, depth + 1) : { $: 'getter' };
      }
      return hasDollar ? { $: 'object', v: out } : out;
    } finally {
      P.ArraySplice(seen, seen.length - 1, 1);
    }
  };
  return walk(value, 0);
}

function readData(obj: unknown, key: string): unknown {
  const d = P.ReflectGetOwnPropertyDescriptor(obj as object, key);
  if (d && P.ObjectHasOwn(d, 'value')) return d.value;
  // Error name/message usually live on the prototype chain.
  let proto = P.ObjectGetPrototypeOf(obj);
  for (let i = 0; proto && i < 8; i++, proto = P.ObjectGetPrototypeOf(proto)) {
    const pd = P.ReflectGetOwnPropertyDescriptor(proto as object, key);
    if (pd) return P.ObjectHasOwn(pd, 'value') ? pd.value : undefined;
  }
  return undefined;
}
function readLength(arr: unknown): number {
  const d = P.ReflectGetOwnPropertyDescriptor(arr as object, 'length');
  return d && typeof d.value === 'number' ? d.value : 0;
}
function safeName(fn: unknown): string {
  const n = readData(fn, 'name');
  return typeof n === 'string' ? n : '';
}
export function safeString(v: unknown): string {
  if (typeof v === 'string') return v.length > MAX_STRING ? P.StringSlice(v, 0, MAX_STRING) + '…' : v;
  if (typeof v === 'symbol') { const d = v.description; return 'Symbol(' + (typeof d === 'string' ? d : '') + ')'; }
  if (typeof v === 'object' && v !== null) return '[object]';
  if (typeof v === 'function') return '[function]';
  return P.String(v);
}

/** JSON text of a value, never longer than maxBytes characters (marked when cut). */
export function encode(value: unknown, maxChars: number): string {
  const text = stringify(toTagged(value));
  if (text.length <= maxChars) return text;
  return stringify({ $: 'too-large', chars: text.length });
}

/** Node-like text for console output and error messages. */
export function inspect(value: unknown, top = true): string {
  return show(toTagged(value), top, 0);
}

function show(t: Tagged, top: boolean, depth: number): string {
  if (typeof t === 'string') return top ? t : quote(t);
  if (t === null || typeof t !== 'object') return P.String(t);
  if (P.ArrayIsArray(t)) {
    const parts: string[] = [];
    for (let i = 0; i < t.length; i++) P.ArrayPush(parts, show(t[i]!, false, depth + 1));
    return parts.length ? '[ ' + P.ArrayJoin(parts, ', ') + ' ]' : '[]';
  }
  const tag = (t as { $?: Tagged }).$;
  const o = t as { [key: string]: Tagged };
  switch (tag) {
    case 'undefined': return 'undefined';
    case 'number': case 'bigint': return P.String(o.v) + (tag === 'bigint' ? 'n' : '');
    case 'symbol': return P.String(o.v);
    case 'function': return o.name ? '[Function: ' + P.String(o.name) + ']' : '[Function (anonymous)]';
    case 'error': return top ? P.String(o.name) + ': ' + P.String(o.message) : '[' + P.String(o.name) + ': ' + P.String(o.message) + ']';
    case 'date': return '(date ' + P.String(o.v) + ')';
    case 'promise': return 'Promise { … }';
    case 'circular': return '[Circular]';
    case 'truncated': return '…';
    case 'getter': return '[Getter]';
    case 'map': return 'Map(' + P.String((o.entries as Tagged[]).length) + ') {…}';
    case 'set': return 'Set(' + P.String((o.values as Tagged[]).length) + ') {…}';
    case 'object': return show(o.v!, false, depth);
  }
  const keys = P.ReflectOwnKeys(o) as string[];
  const parts: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    P.ArrayPush(parts, (isIdentifier(k) ? k : quote(k)) + ': ' + show(o[k]!, false, depth + 1));
  }
  return parts.length ? '{ ' + P.ArrayJoin(parts, ', ') + ' }' : '{}';
}
function quote(s: string): string { return "'" + s + "'"; }

function isIdentifier(k: string): boolean {
  for (let i = 0; i < k.length; i++) {
    const c = P.StringCharCodeAt(k, i) as number;
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || (i > 0 && c >= 48 && c <= 57);
    if (!ok) return false;
  }
  return k.length > 0;
}
