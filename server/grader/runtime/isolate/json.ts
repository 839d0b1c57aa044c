// JSON text from driver-built data. JSON.stringify would consult toJSON on
// Object.prototype / Array.prototype, which learner code can define.
import { P } from './primordials.ts';

const hex = '0123456789abcdef';

export function quoteJson(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = P.StringCharCodeAt(s, i) as number;
    if (c === 34) out += '\\"';
    else if (c === 92) out += '\\\\';
    else if (c < 32 || (c >= 0xd800 && c <= 0xdfff) || c === 0x2028 || c === 0x2029) {
      out += '\\u' + hex[(c >> 12) & 15]! + hex[(c >> 8) & 15]! + hex[(c >> 4) & 15]! + hex[c & 15]!;
    } else out += P.StringFromCharCode(c);
  }
  return out + '"';
}

export function stringify(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return quoteJson(v);
  if (typeof v === 'number') return P.NumberIsFinite(v) ? P.String(v) : 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (P.ArrayIsArray(v)) {
    const parts: string[] = [];
    for (let i = 0; i < v.length; i++) P.ArrayPush(parts, stringify(v[i]));
    return '[' + (P.ArrayJoin(parts, ',') as string) + ']';
  }
  if (typeof v === 'object') {
    const keys = P.ReflectOwnKeys(v) as Array<string | symbol>;
    const parts: string[] = [];
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (typeof k !== 'string') continue;
      const d = P.ReflectGetOwnPropertyDescriptor(v, k);
      if (!d || !P.ObjectHasOwn(d, 'value') || d.value === undefined) continue;
      P.ArrayPush(parts, quoteJson(k) + ':' + stringify(d.value));
    }
    return '{' + (P.ArrayJoin(parts, ',') as string) + '}';
  }
  return 'null';
}
